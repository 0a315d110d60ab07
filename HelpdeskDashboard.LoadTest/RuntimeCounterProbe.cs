using System.Diagnostics.Tracing;
using System.Globalization;
using System.Net.Sockets;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;

namespace HelpdeskDashboard.LoadTest;

/// <summary>
/// Reads the server's GC heap from outside its process, as dotnet-counters does: an EventPipe session over the
/// runtime's diagnostics IPC socket (/tmp/dotnet-diagnostic-&lt;pid&gt;-*-socket) with the System.Runtime
/// EventCounters at one interval a second, parsed on a background task; <see cref="GcHeapMb"/> is the latest
/// gc-heap-size. Feeds <see cref="LoadOptions.GcHeapProbe"/> for the command line.
/// </summary>
public sealed class RuntimeCounterProbe : IAsyncDisposable
{
    private const string CounterName = "gc-heap-size";

    // gc-heap-size is GC.GetTotalMemory(false) / 1,000,000 (decimal MB); the CSV's other columns are MiB
    // (/proc's kB / 1024, and the in-process smoke probe's bytes / 1024²).
    private const double BytesPerCounterUnit = 1_000_000;
    private const double BytesPerMb = 1024 * 1024;

    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(5);

    private readonly EventPipeSession _session;
    private readonly Action<string> _log;
    private readonly Task _reading;
    private double _gcHeapMb = double.NaN;
    private volatile bool _disposing;

    private RuntimeCounterProbe(int processId, EventPipeSession session, Action<string> log)
    {
        ProcessId = processId;
        _session = session;
        _log = log;
        _reading = Task.Factory.StartNew(Read, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    public int ProcessId { get; }

    /// <summary>The server's GC heap in MB (MiB) at the last counter interval; NaN until the first arrives.</summary>
    public double GcHeapMb => Volatile.Read(ref _gcHeapMb);

    /// <summary>
    /// Opens the session, or logs why not and returns null: no .NET runtime behind the pid (no IPC socket), the
    /// process belongs to another user, it has diagnostics disabled (DOTNET_EnableDiagnostics=0) or has exited.
    /// </summary>
    public static RuntimeCounterProbe? TryStart(int pid, Action<string> log)
    {
        var provider = new EventPipeProvider(
            "System.Runtime", EventLevel.Informational, 0xffffffff,
            new Dictionary<string, string> { ["EventCounterIntervalSec"] = "1" });
        try
        {
            // No rundown: it lists every loaded method on stop, which only a stack-resolving trace needs.
            var session = new DiagnosticsClient(pid).StartEventPipeSession(provider, requestRundown: false, circularBufferMB: 16);
            return new RuntimeCounterProbe(pid, session, log);
        }
        catch (Exception error) when (error is DiagnosticsClientException or IOException or SocketException
            or UnauthorizedAccessException or TimeoutException)
        {
            log($"gc_heap_mb stays empty: no EventPipe session on process {pid} ({error.GetType().Name}: {error.Message})");
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _disposing = true;
        try
        {
            using var timeout = new CancellationTokenSource(StopTimeout);
            await _session.StopAsync(timeout.Token);
            // After a stop the runtime flushes what it holds and ends the stream, so the reader returns by itself.
            await _reading.WaitAsync(StopTimeout);
        }
        catch (Exception error) when (error is DiagnosticsClientException or IOException or SocketException
            or OperationCanceledException or TimeoutException)
        {
            // The server has exited or no longer answers; closing the stream below ends the reader.
        }

        _session.Dispose();
        await _reading;
    }

    private void Read()
    {
        var ending = "the server closed it";
        try
        {
            using var source = new EventPipeEventSource(_session.EventStream);
            source.Dynamic.All += OnEvent;
            source.Process();
        }
        catch (Exception error)
        {
            // Also how a dispose that had to close the stream under the parser ends it.
            ending = $"{error.GetType().Name}: {error.Message}";
        }

        // A server that has gone leaves the column empty rather than frozen at its last value.
        Volatile.Write(ref _gcHeapMb, double.NaN);
        if (!_disposing)
        {
            _log($"gc_heap_mb: the EventPipe session on process {ProcessId} ended ({ending})");
        }
    }

    private void OnEvent(TraceEvent data)
    {
        if (data.EventName != "EventCounters" || data.ProviderName != "System.Runtime")
        {
            return;
        }

        // TraceEvent 4.0 names this self-describing event's one field "" (so no PayloadByName("Payload")); its value
        // is a dictionary {"Payload": {"Name": "gc-heap-size", "Mean": 1.64, "DisplayUnits": "MB", ...}}.
        var fields = (data.PayloadNames.Length > 0 ? data.PayloadValue(0) : null) as IDictionary<string, object>;
        while (fields is not null && !fields.ContainsKey("Name") && fields.TryGetValue("Payload", out var inner))
        {
            fields = inner as IDictionary<string, object>;
        }

        if (fields is not null && fields.TryGetValue("Name", out var name) && CounterName.Equals(name as string, StringComparison.Ordinal)
            && fields.TryGetValue("Mean", out var mean))
        {
            var megabytes = Convert.ToDouble(mean, CultureInfo.InvariantCulture) * BytesPerCounterUnit / BytesPerMb;
            Volatile.Write(ref _gcHeapMb, megabytes);
        }
    }
}
