using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using HelpdeskDashboard.LoadTest;

namespace HelpdeskDashboard.Tests.LoadTest;

/// <summary>
/// The load tool's GC heap column from outside the server (an EventPipe session on the runtime's diagnostics socket).
/// The .NET process under test is this test process itself: the runtime's diagnostics server answers its own
/// process's IPC socket as it answers any other.
/// </summary>
public sealed class RuntimeCounterProbeTests
{
    private const double BytesPerMb = 1024 * 1024;

    // The counters come once a second; a loaded machine may take a few seconds for the first.
    private static readonly TimeSpan FirstValuePatience = TimeSpan.FromSeconds(30);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_running_dotnet_process_reports_its_gc_heap_size_in_megabytes()
    {
        var log = new ConcurrentQueue<string>();
        await using var probe = RuntimeCounterProbe.TryStart(Environment.ProcessId, log.Enqueue);
        Assert.True(probe is not null, string.Join(Environment.NewLine, log));

        // The counter is GC.GetTotalMemory(false) at some moment of the last second; compare with what this
        // process saw over the whole wait, with room for a collection or a burst of allocations in between.
        var lowest = double.MaxValue;
        var highest = 0.0;
        var waited = Stopwatch.StartNew();
        do
        {
            var inUse = GC.GetTotalMemory(forceFullCollection: false) / BytesPerMb;
            lowest = Math.Min(lowest, inUse);
            highest = Math.Max(highest, Math.Max(inUse, GC.GetGCMemoryInfo().HeapSizeBytes / BytesPerMb));
            if (!double.IsNaN(probe.GcHeapMb))
            {
                break;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), Cancel);
        }
        while (waited.Elapsed < FirstValuePatience);

        var reported = probe.GcHeapMb;
        Assert.False(double.IsNaN(reported), $"no gc-heap-size within {FirstValuePatience}: {string.Join(Environment.NewLine, log)}");
        Assert.InRange(reported, lowest / 2, highest * 2);
    }

    [Fact]
    public async Task A_process_without_a_dotnet_runtime_gives_no_probe_and_a_logged_reason()
    {
        using var sleep = Process.Start(new ProcessStartInfo("sleep", ["30"]) { UseShellExecute = false })!;
        try
        {
            var log = new ConcurrentQueue<string>();

            var probe = RuntimeCounterProbe.TryStart(sleep.Id, log.Enqueue);

            Assert.Null(probe);
            Assert.Contains(sleep.Id.ToString(CultureInfo.InvariantCulture), Assert.Single(log));
        }
        finally
        {
            sleep.Kill();
            await sleep.WaitForExitAsync(Cancel);
        }
    }

    [Fact]
    public void A_process_id_with_no_process_gives_no_probe()
    {
        using var exited = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        exited.WaitForExit();
        var log = new ConcurrentQueue<string>();

        var probe = RuntimeCounterProbe.TryStart(exited.Id, log.Enqueue);

        Assert.Null(probe);
        Assert.Single(log);
    }
}
