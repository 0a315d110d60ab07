namespace HelpdeskDashboard.Features.Sla;

/// <summary>The response clock of one ticket read at <see cref="AsOf"/>.</summary>
public sealed record SlaReading
{
    /// <summary>The instant the clock was read.</summary>
    public required DateTimeOffset AsOf { get; init; }

    public required SlaState State { get; init; }

    /// <summary>When the customer message that started this clock arrived; null when no clock has started.</summary>
    public DateTimeOffset? ClockStartedAt { get; init; }

    /// <summary>Business time allowed until the first reply; null for no SLA.</summary>
    public TimeSpan? Target { get; init; }

    /// <summary>
    /// When the target is (or was) used up. Once reached this is fixed. Before that it is projected from the current
    /// pause state: while paused, it assumes the clock resumes right now, so it moves later the longer the pause lasts
    /// (see <see cref="DueIsProjection"/>).
    /// </summary>
    public DateTimeOffset? Due { get; init; }

    /// <summary>True while paused with time left: <see cref="Due"/> is only where the deadline would be if the clock resumed now.</summary>
    public bool DueIsProjection { get; init; }

    /// <summary>Business time counted, pauses and closed hours excluded. Measured also for clocks without SLA.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Target minus elapsed; negative once breached; null for no SLA.</summary>
    public TimeSpan? Remaining { get; init; }

    /// <summary>A live clock with remaining business time at most the configured share of the target, not yet breached.</summary>
    public bool IsAtRisk { get; init; }

    /// <summary>The pause in force at <see cref="AsOf"/> (for a stopped clock: when it stopped).</summary>
    public SlaPauseReason? PauseReason { get; init; }

    /// <summary>
    /// For a live, unpaused clock while the calendar is closed: when counting resumes (null if the calendar never opens again).
    /// </summary>
    public DateTimeOffset? ResumesAt { get; init; }

    public DateTimeOffset? StoppedAt { get; init; }

    public SlaStopReason? StopReason { get; init; }

    /// <summary>Business time elapsed exceeds the target (equal is not a breach).</summary>
    public bool IsBreached => Remaining < TimeSpan.Zero;

    /// <summary>How far past the target the clock is (or stopped); null when not breached.</summary>
    public TimeSpan? BreachedBy => IsBreached ? -Remaining : null;

    public bool IsStopped => StoppedAt is not null;
}
