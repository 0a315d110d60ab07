namespace HelpdeskDashboard.LoadTest;

public enum LoadScenario
{
    /// <summary>N boards ticking.</summary>
    Idle,

    /// <summary>N boards while a writer changes tickets, so live updates fan out.</summary>
    Writer,

    /// <summary>N boards, of which some close and others open every second.</summary>
    Churn,
}

/// <summary>One load run; the command line (Program) and the smoke test fill it.</summary>
public sealed record LoadOptions
{
    public required Uri BaseAddress { get; init; }

    public LoadScenario Scenario { get; init; } = LoadScenario.Idle;

    public int Boards { get; init; } = 100;

    /// <summary>How long the boards are held once they are all open; the run then stops by itself.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Boards started per second while ramping up.</summary>
    public double RampPerSecond { get; init; } = 20;

    /// <summary>Gives up ramping after this long: boards not open by then count as failures.</summary>
    public TimeSpan RampTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Scope All, as the per-board figures in docs/performance.md: 50 rows of running clocks (an agent's own scope may be empty).</summary>
    public string Path { get; init; } = "/board?scope=all";

    /// <summary>How many generated agents exist (--seed-volume … --agents n); board i signs in as agent ((i - 1) mod n) + 1.</summary>
    public int Agents { get; init; } = 1000;

    /// <summary>The sign-in address of generated agent n; the volume command's agent-n@volume.local by default.</summary>
    public Func<int, string> AgentEmail { get; init; } = number => $"agent-{number}@volume.local";

    /// <summary>VolumeDataGenerator.AgentPassword.</summary>
    public string Password { get; init; } = "Volume#2026";

    /// <summary>Churn: boards closed (and as many opened, as other agents) per second.</summary>
    public double ChurnPerSecond { get; init; } = 1;

    /// <summary>Writer: ticket changes per second.</summary>
    public double WritesPerSecond { get; init; } = 1;

    /// <summary>
    /// Writer: makes change number n (a reply, a status change or a reassignment); from the command line
    /// <see cref="ApiTicketWriter.WriteAsync"/>, through the app's ticket API.
    /// </summary>
    public Func<int, CancellationToken, Task>? Writer { get; init; }

    /// <summary>The server process to read CPU and working set from (/proc); none: the columns stay empty.</summary>
    public int? ServerProcessId { get; init; }

    /// <summary>The server's GC heap in MB, when the caller can read it (an app hosted in the caller's process).</summary>
    public Func<double>? GcHeapProbe { get; init; }

    public required string OutputFolder { get; init; }
}
