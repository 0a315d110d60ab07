using HelpdeskDashboard.Platform.Changes;

namespace HelpdeskDashboard.Features.Sla;

/// <summary>
/// The one clock behind every live countdown: a single timer per app, ticking once a second while anybody listens,
/// so a board of 50 rows costs one timer, not 50. It ticks on the whole seconds of the <see cref="TimeProvider"/>'s
/// clock (re-armed to the next whole second on every tick, so it never drifts): every countdown on every screen flips
/// together with the wall clock, and a tick's delay is measurable from outside (docs/capacity.md).
/// Subscribers get the tick's instant and must return quickly (a component hands the work to its own circuit with InvokeAsync).
/// </summary>
public sealed class SlaTicker : IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    // A timer can fire a hair before the whole second it was armed for (the timer and the wall clock are different
    // clocks); re-arming for "the next whole second" then would tick twice. Ticks closer than this are one tick.
    private static readonly TimeSpan MinimumGap = TimeSpan.FromMilliseconds(100);

    private readonly TimeProvider _timeProvider;
    private readonly ILogger<SlaTicker> _logger;
    private readonly SubscriberList<Action<DateTimeOffset>> _subscribers;
    private ITimer? _timer;

    public SlaTicker(TimeProvider timeProvider, ILogger<SlaTicker> logger)
    {
        _timeProvider = timeProvider;
        _logger = logger;
        _subscribers = new SubscriberList<Action<DateTimeOffset>>(RunTimerWhileListened);
    }

    public int SubscriberCount => _subscribers.Snapshot.Length;

    public bool IsTicking => Volatile.Read(ref _timer) is not null;

    public IDisposable Subscribe(Action<DateTimeOffset> onTick) => _subscribers.Add(onTick);

    public void Dispose() => RunTimerWhileListened(0);

    private void RunTimerWhileListened(int subscriberCount)
    {
        if (subscriberCount == 0)
        {
            Interlocked.Exchange(ref _timer, null)?.Dispose();
        }
        else
        {
            _timer ??= _timeProvider.CreateTimer(_ => Tick(), null, UntilNextWholeSecond(), Timeout.InfiniteTimeSpan);
        }
    }

    private TimeSpan UntilNextWholeSecond()
    {
        var now = _timeProvider.GetUtcNow().UtcTicks;
        var wait = Interval.Ticks - (now % Interval.Ticks);
        return TimeSpan.FromTicks(wait < MinimumGap.Ticks ? wait + Interval.Ticks : wait);
    }

    private void Tick()
    {
        var now = _timeProvider.GetUtcNow();
        // One-shot and re-armed each time, so a late tick does not push the following ones off the whole second.
        Volatile.Read(ref _timer)?.Change(UntilNextWholeSecond(), Timeout.InfiniteTimeSpan);
        foreach (var subscriber in _subscribers.Snapshot)
        {
            try
            {
                subscriber(now);
            }
            catch (Exception error)
            {
                // One broken countdown must not stop the others.
                _logger.LogError(error, "An SLA countdown failed on a tick.");
            }
        }
    }
}
