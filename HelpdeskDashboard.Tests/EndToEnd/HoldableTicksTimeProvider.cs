using HelpdeskDashboard.Features.Sla;

namespace HelpdeskDashboard.Tests.EndToEnd;

/// <summary>
/// The system clock, except that timers with the SLA ticker's period (only the ticker has one) skip their callbacks while
/// <see cref="Held"/> is set: the measurement compares the same open boards with and without ticks, so everything
/// else the process does (idle circuits, background jobs, the test harness) cancels out.
/// </summary>
internal sealed class HoldableTicksTimeProvider(TimeProvider inner) : TimeProvider
{
    private volatile bool _held;

    public bool Held
    {
        get => _held;
        set => _held = value;
    }

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override long GetTimestamp() => inner.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        period == SlaTicker.Interval
            ? inner.CreateTimer(s => { if (!_held) { callback(s); } }, state, dueTime, period)
            : inner.CreateTimer(callback, state, dueTime, period);
}
