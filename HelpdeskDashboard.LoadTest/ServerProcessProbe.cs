using System.Globalization;

namespace HelpdeskDashboard.LoadTest;

/// <summary>
/// Reads the server process's CPU time and working set from /proc (Linux), as top and ps do. The GC heap comes from the
/// runtime's own counters instead (<see cref="RuntimeCounterProbe"/>).
/// </summary>
public sealed class ServerProcessProbe(int processId)
{
    // USER_HZ: the unit of utime and stime in /proc/<pid>/stat; 100 on every mainstream Linux build.
    private const double ClockTicksPerSecond = 100;

    private double? _lastCpuSeconds;
    private DateTimeOffset _lastAt;

    public int ProcessId { get; } = processId;

    /// <summary>CPU in percent of one core since the previous reading (null on the first), working set in MB.</summary>
    public (double? CpuPercent, double? WorkingSetMb) Read(DateTimeOffset now)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{ProcessId}/stat");
            // The command name (field 2) may hold spaces; the fields after its closing parenthesis are fixed.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var cpuSeconds = (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / ClockTicksPerSecond;
            double? cpu = _lastCpuSeconds is { } last ? (cpuSeconds - last) / (now - _lastAt).TotalSeconds * 100 : null;
            _lastCpuSeconds = cpuSeconds;
            _lastAt = now;

            var rss = File.ReadLines($"/proc/{ProcessId}/status").FirstOrDefault(line => line.StartsWith("VmRSS:", StringComparison.Ordinal));
            double? workingSet = rss is null ? null
                : long.Parse(rss["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
            return (cpu, workingSet);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or FormatException)
        {
            return (null, null);
        }
    }
}
