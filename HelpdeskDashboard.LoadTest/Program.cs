using System.Globalization;
using HelpdeskDashboard.LoadTest;

// dotnet run --project HelpdeskDashboard.LoadTest -c Release -- --url http://127.0.0.1:5080 --boards 100 --duration 30 ...
// (docs/capacity.md has every option and the full procedure).
const string Usage = """
    Usage: HelpdeskDashboard.LoadTest --url <base address> [--scenario idle|churn|writer] [--boards <n>] [--duration <s>]
           [--ramp <boards/s>] [--churn <boards/s>] [--writes <changes/s>] [--writer-email <e>] [--writer-password <p>]
           [--agents <n>] [--password <p>] [--path "/board?scope=all"] [--server-pid <pid>] [--out <folder>]
    The writer changes tickets through the app's ticket API as a manager (default manager@demo.local / Demo#2026).
       HelpdeskDashboard.LoadTest --plot <out.svg> <run folder>...   (CPU, memory and p95 delay against boards)
    """;

if (args.Length >= 3 && args[0] == "--plot")
{
    await CapacityPlot.WriteAsync(args[1], args[2..], CancellationToken.None);
    Console.WriteLine($"wrote {args[1]}");
    return 0;
}

var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
for (var i = 0; i + 1 < args.Length; i += 2)
{
    values[args[i]] = args[i + 1];
}

if (args.Length % 2 != 0 || !values.TryGetValue("--url", out var url) || !Uri.TryCreate(url, UriKind.Absolute, out var baseAddress)
    || !Enum.TryParse<LoadScenario>(values.GetValueOrDefault("--scenario", "idle"), ignoreCase: true, out var scenario)
    || !Enum.IsDefined(scenario))
{
    Console.Error.WriteLine(Usage);
    return 2;
}

double Number(string name, double fallback) =>
    values.TryGetValue(name, out var text) ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

var path = values.GetValueOrDefault("--path", "/board?scope=all");
ApiTicketWriter? connected = null;
try
{
    connected = scenario == LoadScenario.Writer
        ? await ApiTicketWriter.ConnectAsync(baseAddress, values.GetValueOrDefault("--writer-email", "manager@demo.local"),
            values.GetValueOrDefault("--writer-password", "Demo#2026"), path, stop.Token)
        : null;
}
catch (Exception error) when (error is LoadTestException or HttpRequestException)
{
    // A wrong password, the API limit (429) or an app that does not answer: say so instead of a stack trace.
    Console.Error.WriteLine($"The writer could not start: {error.Message}");
    return 1;
}

using var writer = connected;
int? serverPid = values.TryGetValue("--server-pid", out var pid) ? int.Parse(pid, CultureInfo.InvariantCulture) : null;
// The server's GC heap over its diagnostics IPC socket (EventPipe counters); null, and a logged reason, when it cannot.
await using var gcHeap = serverPid is { } serverId
    ? RuntimeCounterProbe.TryStart(serverId, line => Console.WriteLine($"{DateTimeOffset.UtcNow:HH:mm:ss} {line}"))
    : null;
var options = new LoadOptions
{
    BaseAddress = baseAddress,
    Scenario = scenario,
    Boards = (int)Number("--boards", 100),
    Duration = TimeSpan.FromSeconds(Number("--duration", 60)),
    RampPerSecond = Number("--ramp", 20),
    ChurnPerSecond = Number("--churn", 1),
    WritesPerSecond = Number("--writes", 2),
    Writer = writer is null ? null : writer.WriteAsync,
    Agents = (int)Number("--agents", 1000),
    Password = values.GetValueOrDefault("--password", "Volume#2026"),
    Path = path,
    ServerProcessId = serverPid,
    GcHeapProbe = gcHeap is null ? null : () => gcHeap.GcHeapMb,
    OutputFolder = values.GetValueOrDefault("--out", Path.Combine("loadtest-results", DateTimeOffset.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture))),
};

var result = await LoadRunner.RunAsync(options, line => Console.WriteLine($"{DateTimeOffset.UtcNow:HH:mm:ss} {line}"), stop.Token);
foreach (var line in result.SummaryLines())
{
    Console.WriteLine(line);
}

Console.WriteLine($"CSV: {result.CsvPath}; summary.txt and summary.json beside it");
return result.Failures == 0 && result.Dropped == 0 ? 0 : 1;
