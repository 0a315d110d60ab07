namespace HelpdeskDashboard.Features.Sla;

/// <summary>
/// The UTC offsets of a zone over a window of instants, with every transition found to the tick.
/// Assumes at most one transition per UTC day, which holds for every real zone.
/// </summary>
internal sealed class ZoneOffsetTimeline
{
    // Segment i starts at starts[i] (the first one at the window start) and has offsets[i] until the next one.
    private readonly long[] _starts;
    private readonly long[] _offsets;

    public ZoneOffsetTimeline(TimeZoneInfo zone, long fromUtcTicks, long toUtcTicks)
    {
        var startList = new List<long> { fromUtcTicks };
        var offsetList = new List<long> { OffsetAt(zone, fromUtcTicks) };

        for (var previous = fromUtcTicks; previous < toUtcTicks;)
        {
            var next = Math.Min(previous + TimeSpan.TicksPerDay, toUtcTicks);
            var offset = OffsetAt(zone, next);
            if (offset != offsetList[^1])
            {
                startList.Add(FirstInstantWithNewOffset(zone, previous, next, offsetList[^1]));
                offsetList.Add(offset);
            }

            previous = next;
        }

        _starts = [.. startList];
        _offsets = [.. offsetList];
    }

    public long OffsetTicksAt(long utcTicks)
    {
        var i = _starts.Length - 1;
        while (i > 0 && _starts[i] > utcTicks)
        {
            i--;
        }

        return _offsets[i];
    }

    /// <summary>
    /// Maps a local wall-clock time to an instant like NodaTime's lenient resolver: an ambiguous time takes the
    /// earlier offset; a time in a gap is shifted forward by the gap's length (read with the offset before it).
    /// </summary>
    public long Resolve(long localTicks)
    {
        for (var i = 0; i < _starts.Length; i++)
        {
            var candidate = localTicks - _offsets[i];
            var segmentEnd = i + 1 < _starts.Length ? _starts[i + 1] : long.MaxValue;
            var segmentStart = i == 0 ? long.MinValue : _starts[i];
            if (candidate >= segmentStart && candidate < segmentEnd)
            {
                return candidate; // segments are in order, so the first match is the earlier instant
            }

            if (i + 1 < _starts.Length && candidate >= segmentEnd && localTicks < segmentEnd + _offsets[i + 1])
            {
                return candidate; // inside the gap that opens at segmentEnd
            }
        }

        return localTicks - _offsets[^1];
    }

    private static long FirstInstantWithNewOffset(TimeZoneInfo zone, long low, long high, long oldOffset)
    {
        // Invariant: offset(low) == oldOffset, offset(high) != oldOffset.
        while (high - low > 1)
        {
            var middle = low + (high - low) / 2;
            if (OffsetAt(zone, middle) == oldOffset)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return high;
    }

    private static long OffsetAt(TimeZoneInfo zone, long utcTicks) =>
        zone.GetUtcOffset(new DateTime(utcTicks, DateTimeKind.Utc)).Ticks;
}
