namespace HelpdeskDashboard.Features.Sla;

/// <summary>
/// Exact business-time arithmetic over weekly opening hours and holidays in one time zone.
/// Time is cut into fixed 52-week blocks of UTC time; each block's open intervals are resolved once, on first use,
/// so a query is a division, an array read and a binary search, and allocates nothing.
/// </summary>
public sealed class BusinessCalendar
{
    private const long BlockTicks = 364 * TimeSpan.TicksPerDay;
    private const long MaxTicks = 3_155_378_975_999_999_999; // DateTime.MaxValue.Ticks
    private const int LastBlock = (int)(MaxTicks / BlockTicks);

    private readonly WeeklySchedule _schedule;
    private readonly OpenIntervalBlock?[] _blocks = new OpenIntervalBlock?[LastBlock + 1];

    public BusinessCalendar(BusinessCalendarOptions options)
        : this(options, FindZone(options))
    {
    }

    /// <summary>Uses <paramref name="timeZone"/> instead of <see cref="BusinessCalendarOptions.TimeZone"/> (e.g. a zone built in a test).</summary>
    public BusinessCalendar(BusinessCalendarOptions options, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        _schedule = WeeklySchedule.From(options);
        TimeZone = timeZone;
    }

    /// <summary>The company's time zone.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>
    /// For a non-negative amount, the earliest instant t ≥ start with BusinessTimeBetween(start, t) == amount
    /// (a deadline that uses up a period ends at that period's end); for a negative amount, the latest t ≤ start
    /// with BusinessTimeBetween(t, start) == -amount. The result is in the company's offset.
    /// </summary>
    public DateTimeOffset AddBusinessTime(DateTimeOffset start, TimeSpan amount)
    {
        if (amount == TimeSpan.Zero)
        {
            return start;
        }

        if (!_schedule.HasOpenTime)
        {
            throw new InvalidOperationException("The business calendar has no open hours, so no business time can be added.");
        }

        var startTicks = start.UtcTicks;
        var index = BlockIndex(startTicks);
        var block = BlockAt(index);
        var target = block.CumulativeAt(startTicks) + amount.Ticks;

        if (amount > TimeSpan.Zero)
        {
            while (target > block.Total)
            {
                target -= block.Total;
                block = BlockAt(NextBlockIndex(++index, amount));
            }

            return InCompanyOffset(block, block.EarliestReaching(target));
        }

        while (target < 0)
        {
            block = BlockAt(NextBlockIndex(--index, amount));
            target += block.Total;
        }

        return InCompanyOffset(block, block.LatestReaching(target));
    }

    /// <summary>Business time elapsed from <paramref name="from"/> to <paramref name="to"/>; negative when to &lt; from.</summary>
    public TimeSpan BusinessTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        long a = from.UtcTicks, b = to.UtcTicks;
        return a <= b ? new TimeSpan(TicksBetween(a, b)) : new TimeSpan(-TicksBetween(b, a));
    }

    /// <summary>True when the instant lies inside an open period (start inclusive, end exclusive).</summary>
    public bool IsOpen(DateTimeOffset instant)
    {
        var ticks = instant.UtcTicks;
        return BlockAt(BlockIndex(ticks)).IndexContaining(ticks) >= 0;
    }

    /// <summary>The instant itself when open, else the start of the next open period; null if none follows.</summary>
    public DateTimeOffset? NextOpening(DateTimeOffset instant)
    {
        if (!_schedule.HasOpenTime)
        {
            return null;
        }

        var ticks = instant.UtcTicks;
        for (var index = BlockIndex(ticks); index <= LastBlock; index++)
        {
            var block = BlockAt(index);
            if (block.IndexContaining(ticks) >= 0)
            {
                return instant;
            }

            var next = block.FirstStartingAfter(ticks);
            if (next >= 0)
            {
                return InCompanyOffset(block, block.StartOf(next));
            }
        }

        return null;
    }

    /// <summary>The open periods intersected with [from, to), in order, in the company's offset.</summary>
    public IReadOnlyList<BusinessPeriod> OpenPeriods(DateTimeOffset from, DateTimeOffset to)
    {
        var periods = new List<BusinessPeriod>();
        long a = from.UtcTicks, b = to.UtcTicks;
        long openStart = -1, openEnd = -1;
        for (var index = BlockIndex(a); a < b && index <= BlockIndex(b); index++)
        {
            var block = BlockAt(index);
            for (var i = 0; i < block.Count; i++)
            {
                var start = Math.Max(block.StartOf(i), a);
                var end = Math.Min(block.EndOf(i), b);
                if (end <= start)
                {
                    continue;
                }

                if (start == openEnd)
                {
                    openEnd = end; // blocks split periods at their edges; join them back
                    continue;
                }

                if (openStart >= 0)
                {
                    periods.Add(Period(openStart, openEnd));
                }

                (openStart, openEnd) = (start, end);
            }
        }

        if (openStart >= 0)
        {
            periods.Add(Period(openStart, openEnd));
        }

        return periods;
    }

    /// <summary>The instant expressed in the company's time zone.</summary>
    public DateTimeOffset ToCompanyTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone);

    private long TicksBetween(long a, long b)
    {
        var firstIndex = BlockIndex(a);
        var lastIndex = BlockIndex(b);
        var first = BlockAt(firstIndex);
        if (firstIndex == lastIndex)
        {
            return first.CumulativeAt(b) - first.CumulativeAt(a);
        }

        var total = first.Total - first.CumulativeAt(a);
        for (var index = firstIndex + 1; index < lastIndex; index++)
        {
            total += BlockAt(index).Total;
        }

        return total + BlockAt(lastIndex).CumulativeAt(b);
    }

    private BusinessPeriod Period(long start, long end) =>
        new(ToCompanyTime(new DateTimeOffset(start, TimeSpan.Zero)), ToCompanyTime(new DateTimeOffset(end, TimeSpan.Zero)));

    private static int BlockIndex(long utcTicks) => (int)(utcTicks / BlockTicks);

    private static int NextBlockIndex(int index, TimeSpan amount) =>
        index is >= 0 and <= LastBlock
            ? index
            : throw new ArgumentOutOfRangeException(nameof(amount), amount, "The result lies outside the range of DateTimeOffset.");

    private OpenIntervalBlock BlockAt(int index)
    {
        var block = Volatile.Read(ref _blocks[index]);
        if (block is not null)
        {
            return block;
        }

        var start = index * BlockTicks;
        var built = OpenIntervalBlockBuilder.Build(_schedule, TimeZone, start, Math.Min(start + BlockTicks, MaxTicks));
        return Interlocked.CompareExchange(ref _blocks[index], built, null) ?? built;
    }

    private static DateTimeOffset InCompanyOffset(OpenIntervalBlock block, long utcTicks)
    {
        var offset = block.OffsetTicksAt(utcTicks);
        var local = utcTicks + offset;
        return local is >= 0 and <= MaxTicks
            ? new DateTimeOffset(local, new TimeSpan(offset))
            : new DateTimeOffset(utcTicks, TimeSpan.Zero);
    }

    private static TimeZoneInfo FindZone(BusinessCalendarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.TimeZone))
        {
            throw new ArgumentException("BusinessCalendar TimeZone must be set to an IANA time zone id such as 'Europe/Berlin'.", nameof(options));
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new ArgumentException($"Unknown time zone '{options.TimeZone}'.", nameof(options), ex);
        }
    }
}

/// <summary>An open interval [Start, End) of business time.</summary>
public readonly record struct BusinessPeriod(DateTimeOffset Start, DateTimeOffset End)
{
    public TimeSpan Duration => End - Start;
}
