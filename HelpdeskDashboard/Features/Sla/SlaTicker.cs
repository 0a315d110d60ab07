using HelpdeskDashboard.Platform.Changes;

namespace HelpdeskDashboard.Features.Sla;

/// <summary>
/// The one clock behind every live countdown: a single timer per app, ticking once a second while anybody listens,
/// so a board of 50 rows costs one timer, not 50. Subscribers get the tick's instant and must return quickly
/// (a component hands the work to its own circuit with InvokeAsync).
/// </summary>
public sealed class SlaTicker : IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly TimeProvider timeProvider;
    private readonly ILogger<SlaTicker> logger;
    private readonly SubscriberList<Action<DateTimeOffset>> subscribers;
    private ITimer? timer;

    public SlaTicker(TimeProvider timeProvider, ILogger<SlaTicker> logger)
    {
        this.timeProvider = timeProvider;
        this.logger = logger;
        subscribers = new SubscriberList<Action<DateTimeOffset>>(RunTimerWhileListened);
    }

    public int SubscriberCount => subscribers.Snapshot.Length;

    public bool IsTicking => Volatile.Read(ref timer) is not null;

    public IDisposable Subscribe(Action<DateTimeOffset> onTick) => subscribers.Add(onTick);

    public void Dispose() => RunTimerWhileListened(0);

    private void RunTimerWhileListened(int subscriberCount)
    {
        if (subscriberCount == 0)
        {
            Interlocked.Exchange(ref timer, null)?.Dispose();
        }
        else
        {
            timer ??= timeProvider.CreateTimer(_ => Tick(), null, Interval, Interval);
        }
    }

    private void Tick()
    {
        var now = timeProvider.GetUtcNow();
        foreach (var subscriber in subscribers.Snapshot)
        {
            try
            {
                subscriber(now);
            }
            catch (Exception error)
            {
                // One broken countdown must not stop the others.
                logger.LogError(error, "An SLA countdown failed on a tick.");
            }
        }
    }
}
