using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Platform.Health;
using HelpdeskDashboard.Tests.Features.Notifications.Email;

namespace HelpdeskDashboard.Tests.ScaleOut;

/// <summary>
/// The built app (HelpdeskDashboard/bin/&lt;configuration&gt;/net10.0/HelpdeskDashboard.dll) as a child process on a free
/// loopback port, on PostgreSQL with the scheduler on, configured through environment variables the way a deployment
/// would configure it. Its stdout and stderr are kept for failure messages; <see cref="KillAsync"/> ends it abruptly,
/// as a crashed or killed instance ends.
/// </summary>
internal sealed class AppProcess : IAsyncDisposable
{
    /// <summary>How long a start may take on a busy machine (it migrates nothing: the test database is migrated).</summary>
    public static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(120);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private AppProcess(string name, Process process, Uri baseAddress)
    {
        Name = name;
        _process = process;
        BaseAddress = baseAddress;
    }

    public string Name { get; }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Everything the process wrote so far, stdout and stderr interleaved.</summary>
    public string Output => string.Join(Environment.NewLine, _output);

    /// <summary>
    /// Starts an instance on <paramref name="connectionString"/> and waits until /healthz answers 200. The
    /// <paramref name="settings"/> ("Section:Key" = value) become environment variables and win over appsettings.
    /// </summary>
    public static async Task<AppProcess> StartAsync(
        string name, string connectionString, string sharedFolder, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var app = AppAssembly();
        var port = SmtpTestServer.FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(app)!, // the content root: appsettings*.json and the static web assets manifest
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(app);

        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = baseAddress.ToString(),
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Database:Provider"] = nameof(DatabaseProvider.PostgreSQL),
            ["ConnectionStrings:Helpdesk"] = connectionString,
            ["Scheduling:Enabled"] = "true",
            ["Escalations:Enabled"] = "false",
            // No demo data: the tests write what they need, and two instances must not both seed one database.
            ["Demo:Seed"] = "false",
            ["Bootstrap:ManagerEmail"] = ManagerEmail,
            ["Bootstrap:ManagerPassword"] = ManagerPassword,
            ["Bootstrap:ManagerName"] = "Scale Out Manager",
            ["RateLimits:SignInPerMinute"] = "1000000",
            ["RateLimits:ApiPerMinute"] = "1000000",
            // One shared folder, as instances behind a load balancer share one file store and mail folders.
            ["Files:Root"] = Path.Combine(sharedFolder, "files"),
            ["Email:PickupFolder"] = Path.Combine(sharedFolder, "mail-pickup"),
            ["Email:Inbound:DropFolder"] = Path.Combine(sharedFolder, "mail-inbox"),
            // A dead instance is noticed within seconds, not the production default's half minute.
            ["Scheduling:ClusterCheckinInterval"] = "00:00:01",
            ["Scheduling:ClusterCheckinMisfireThreshold"] = "00:00:02",
        };
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var instance = new AppProcess(name, process, baseAddress);
        process.OutputDataReceived += (_, line) => instance.Record(line.Data);
        process.ErrorDataReceived += (_, line) => instance.Record(line.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException($"Could not start {app}.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await instance.WaitUntilHealthyAsync(cancellationToken);
        }
        catch
        {
            await instance.DisposeAsync();
            throw;
        }

        return instance;
    }

    public const string ManagerEmail = "manager@scale-out.test";

    public const string ManagerPassword = "Scale-0ut#Manager2026";

    /// <summary>A client of this instance that keeps the given cookies and does not follow redirects.</summary>
    public HttpClient CreateClient(CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, UseCookies = true, AllowAutoRedirect = false }) { BaseAddress = BaseAddress };

    /// <summary>Ends the process and its children at once, as a crash or an OOM kill would; no shutdown runs.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync(CancellationToken.None);
    }

    /// <summary>Whether this instance wrote <paramref name="text"/> (e.g. its Quartz instance id) to its log.</summary>
    public bool Wrote(string text) => _output.Any(line => line.Contains(text, StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    public override string ToString() => $"{Name} (pid {ProcessId}, {BaseAddress})";

    /// <summary>The last lines of the log, for an assertion message.</summary>
    public string Tail(int lines = 60) => $"--- {this} ---{Environment.NewLine}{string.Join(Environment.NewLine, _output.TakeLast(lines))}";

    private void Record(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    private async Task WaitUntilHealthyAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + StartPatience;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode} before it was healthy.{Environment.NewLine}{Tail()}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(HealthEndpoints.Path, UriKind.Relative), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // A slow answer during start-up; ask again.
            }

            await Task.Delay(200, cancellationToken);
        }

        throw new TimeoutException($"{Name} was not healthy within {StartPatience}.{Environment.NewLine}{Tail()}");
    }

    /// <summary>
    /// The app's own build output for the configuration the tests were built in (bin/Debug or bin/Release): found from
    /// the test assembly's folder up to the repository, falling back to the copy next to the tests.
    /// </summary>
    private static string AppAssembly()
    {
        var testFolder = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testFolder.Name;              // net10.0
        var configuration = testFolder.Parent!.Name;  // Debug or Release
        for (var folder = testFolder; folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "HelpdeskDashboard", "bin", configuration, framework, "HelpdeskDashboard.dll");
            if (File.Exists(candidate) && File.Exists(Path.ChangeExtension(candidate, ".runtimeconfig.json")))
            {
                return candidate;
            }
        }

        var copy = typeof(Program).Assembly.Location;
        if (File.Exists(Path.ChangeExtension(copy, ".runtimeconfig.json")))
        {
            return copy;
        }

        throw new FileNotFoundException($"The built app (HelpdeskDashboard/bin/{configuration}/{framework}/HelpdeskDashboard.dll) was not found above {testFolder.FullName}; build the solution first.");
    }
}
