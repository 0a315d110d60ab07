namespace HelpdeskDashboard.Features.Sla;

/// <summary>
/// The open intervals of a calendar inside one fixed span of UTC time, as sorted disjoint UTC tick ranges
/// with running totals, so that any query inside the span is one binary search.
/// </summary>
internal sealed class OpenIntervalBlock
{
    private readonly long[] _starts;
    private readonly long[] _ends;
    private readonly long[] _cumulativeAtEnd; // business ticks from the block start to ends[i]
    private readonly ZoneOffsetTimeline _offsets;

    public OpenIntervalBlock(long[] starts, long[] ends, ZoneOffsetTimeline offsets)
    {
        _starts = starts;
        _ends = ends;
        _offsets = offsets;
        _cumulativeAtEnd = new long[starts.Length];
        long total = 0;
        for (var i = 0; i < starts.Length; i++)
        {
            total += ends[i] - starts[i];
            _cumulativeAtEnd[i] = total;
        }

        Total = total;
    }

    /// <summary>Business ticks in the whole block.</summary>
    public long Total { get; }

    public int Count => _starts.Length;

    public long StartOf(int index) => _starts[index];

    public long EndOf(int index) => _ends[index];

    public long OffsetTicksAt(long utcTicks) => _offsets.OffsetTicksAt(utcTicks);

    /// <summary>Business ticks from the block start up to <paramref name="utcTicks"/>.</summary>
    public long CumulativeAt(long utcTicks)
    {
        var i = LastStartingAtOrBefore(utcTicks);
        if (i < 0)
        {
            return 0;
        }

        return _cumulativeAtEnd[i] - Math.Max(0, _ends[i] - utcTicks);
    }

    /// <summary>The earliest instant whose cumulative business time is <paramref name="target"/> (0 &lt; target ≤ Total).</summary>
    public long EarliestReaching(long target)
    {
        int low = 0, high = _starts.Length - 1;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_cumulativeAtEnd[middle] >= target)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return _ends[low] - (_cumulativeAtEnd[low] - target);
    }

    /// <summary>The latest instant whose cumulative business time is <paramref name="target"/> (0 ≤ target &lt; Total).</summary>
    public long LatestReaching(long target)
    {
        int low = 0, high = _starts.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) >>> 1;
            if (CumulativeAtStart(middle) <= target)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return _starts[low] + (target - CumulativeAtStart(low));
    }

    /// <summary>Index of the interval containing the instant, or -1.</summary>
    public int IndexContaining(long utcTicks)
    {
        var i = LastStartingAtOrBefore(utcTicks);
        return i >= 0 && utcTicks < _ends[i] ? i : -1;
    }

    /// <summary>Index of the first interval starting after the instant, or -1.</summary>
    public int FirstStartingAfter(long utcTicks)
    {
        var i = LastStartingAtOrBefore(utcTicks) + 1;
        return i < _starts.Length ? i : -1;
    }

    private long CumulativeAtStart(int index) => _cumulativeAtEnd[index] - (_ends[index] - _starts[index]);

    private int LastStartingAtOrBefore(long utcTicks)
    {
        int low = 0, high = _starts.Length - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (_starts[middle] <= utcTicks)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }
}
