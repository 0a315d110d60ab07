namespace HelpdeskDashboard.LoadTest;

/// <summary>What the boards report while they run: circuits opened and lost, failures, tick batches and their delays.</summary>
public sealed class LoadMetrics(Action<string> log)
{
    private const int MessagesLogged = 20;

    private readonly Lock _lock = new();
    private readonly Dictionary<long, List<double>> _delaysBySecond = [];
    private readonly List<(long Second, double Delay)> _steadyDelays = [];
    private int _open;
    private int _opened;
    private int _failures;
    private int _dropped;
    private int _writes;
    private int _writeFailures;
    private long _steadyFrom = long.MaxValue;
    private long _steadyUntil = long.MaxValue;

    public int Open => Volatile.Read(ref _open);

    public int Opened => Volatile.Read(ref _opened);

    public int Failures => Volatile.Read(ref _failures);

    public int DroppedCount => Volatile.Read(ref _dropped);

    public int Writes => Volatile.Read(ref _writes);

    public int WriteFailures => Volatile.Read(ref _writeFailures);

    public void CircuitOpened()
    {
        Interlocked.Increment(ref _open);
        Interlocked.Increment(ref _opened);
    }

    public void CircuitClosed() => Interlocked.Decrement(ref _open);

    public void Failure(string message)
    {
        if (Interlocked.Increment(ref _failures) <= MessagesLogged)
        {
            log($"failure: {message}");
        }
    }

    public void Dropped(string message)
    {
        Interlocked.Decrement(ref _open);
        if (Interlocked.Increment(ref _dropped) <= MessagesLogged)
        {
            log($"dropped: {message}");
        }
    }

    public void Wrote() => Interlocked.Increment(ref _writes);

    public void WriteFailed(string message)
    {
        if (Interlocked.Increment(ref _writeFailures) <= MessagesLogged)
        {
            log($"write failed: {message}");
        }
    }

    /// <summary>From this whole second on, delays count towards the summary (all boards are open: the steady state).</summary>
    public void SteadyFrom(long unixSecond)
    {
        lock (_lock)
        {
            _steadyFrom = unixSecond;
        }
    }

    /// <summary>From this whole second on, delays no longer count towards the summary (the hold is over; its batches may have come already).</summary>
    public void SteadyUntil(long unixSecond)
    {
        lock (_lock)
        {
            _steadyUntil = unixSecond;
        }
    }

    public void TickBatch(long unixSecond, double delayMilliseconds)
    {
        lock (_lock)
        {
            if (!_delaysBySecond.TryGetValue(unixSecond, out var delays))
            {
                _delaysBySecond[unixSecond] = delays = [];
            }

            delays.Add(delayMilliseconds);
            if (unixSecond >= _steadyFrom)
            {
                _steadyDelays.Add((unixSecond, delayMilliseconds));
            }
        }
    }

    /// <summary>Takes (and forgets) the delays of the given second.</summary>
    public DelayStatistics TakeSecond(long unixSecond)
    {
        lock (_lock)
        {
            return _delaysBySecond.Remove(unixSecond, out var delays) ? DelayStatistics.Of(delays) : DelayStatistics.Empty;
        }
    }

    public DelayStatistics Steady()
    {
        lock (_lock)
        {
            return DelayStatistics.Of(_steadyDelays.Where(tick => tick.Second < _steadyUntil).Select(tick => tick.Delay).ToList());
        }
    }
}

/// <summary>Percentiles of tick delays in milliseconds (nearest rank); NaN when there were none.</summary>
public sealed record DelayStatistics(int Count, double P50, double P95, double P99, double Max)
{
    public static DelayStatistics Empty { get; } = new(0, double.NaN, double.NaN, double.NaN, double.NaN);

    public static DelayStatistics Of(List<double> delays)
    {
        if (delays.Count == 0)
        {
            return Empty;
        }

        var sorted = delays.ToArray();
        Array.Sort(sorted);
        return new DelayStatistics(sorted.Length, Rank(sorted, 0.50), Rank(sorted, 0.95), Rank(sorted, 0.99), sorted[^1]);
    }

    private static double Rank(double[] sorted, double percentile) =>
        sorted[Math.Clamp((int)Math.Ceiling(percentile * sorted.Length) - 1, 0, sorted.Length - 1)];
}
