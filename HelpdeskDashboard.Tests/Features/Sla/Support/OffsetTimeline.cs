using System.Collections.Concurrent;

namespace HelpdeskDashboard.Tests.Features.Sla.Support;

/// <summary>
/// A zone's UTC offsets over 2025–2027 as a short sorted list of changes, found with TimeZoneInfo by daily
/// probes refined by bisection to the tick. Looking an offset up here is far cheaper than asking
/// TimeZoneInfo, which is what keeps hundreds of random reference calendars fast.
/// </summary>
public sealed class OffsetTimeline
{
    private static readonly DateTimeOffset First = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Last = new(2028, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly ConcurrentDictionary<string, OffsetTimeline> ByZoneId = new();

    private readonly List<DateTimeOffset> _changes = [];
    private readonly List<TimeSpan> _offsets = [];

    private OffsetTimeline(TimeZoneInfo zone)
    {
        _offsets.Add(zone.GetUtcOffset(First));
        for (var day = First; day < Last; day = day.AddDays(1))
        {
            var next = day.AddDays(1);
            if (zone.GetUtcOffset(next) != _offsets[^1])
            {
                var change = FirstInstantWithNewOffset(zone, day, next);
                _changes.Add(change);
                _offsets.Add(zone.GetUtcOffset(change));
            }
        }
    }

    public static OffsetTimeline For(TimeZoneInfo zone) => ByZoneId.GetOrAdd(zone.Id, _ => new OffsetTimeline(zone));

    public IReadOnlyList<DateTimeOffset> Changes => _changes;

    public TimeSpan OffsetAt(DateTimeOffset instant)
    {
        if (instant < First || instant >= Last)
        {
            throw new ArgumentOutOfRangeException(nameof(instant), instant, "Timeline covers 2025–2027 only.");
        }

        var changesPassed = 0;
        while (changesPassed < _changes.Count && _changes[changesPassed] <= instant)
        {
            changesPassed++;
        }

        return _offsets[changesPassed];
    }

    private static DateTimeOffset FirstInstantWithNewOffset(TimeZoneInfo zone, DateTimeOffset oldOffsetAt, DateTimeOffset newOffsetAt)
    {
        var oldOffset = zone.GetUtcOffset(oldOffsetAt);
        var (low, high) = (oldOffsetAt.UtcTicks, newOffsetAt.UtcTicks);
        while (high - low > 1)
        {
            var middle = low + ((high - low) / 2);
            if (zone.GetUtcOffset(new DateTimeOffset(middle, TimeSpan.Zero)) == oldOffset)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return new DateTimeOffset(high, TimeSpan.Zero);
    }
}
