namespace HelpdeskDashboard.Features.Sla;

/// <summary>
/// Exact business-time arithmetic over weekly opening hours and closures in one time zone, in versions: each version
/// of the rules counts from the instant it takes effect until the next one does, so time counted before a change stays
/// as it was. Time is cut into fixed 52-week blocks of UTC time; each block's open intervals (under every version in
/// force inside it) are resolved once, on first use, so a query is a division, an array read and a binary search, and
/// allocates nothing. <see cref="Use"/> swaps in a new list of versions atomically; a query in flight finishes on the
/// list it started with.
/// </summary>
public sealed class BusinessCalendar
{
    private const long BlockTicks = 364 * TimeSpan.TicksPerDay;
    private const long MaxTicks = 3_155_378_975_999_999_999; // DateTime.MaxValue.Ticks
    private const int LastBlock = (int)(MaxTicks / BlockTicks);

    private State _state;
    private long _generation;

    public BusinessCalendar(BusinessCalendarOptions options)
        : this(options, FindZone(options))
    {
    }

    /// <summary>Uses <paramref name="timeZone"/> instead of <see cref="BusinessCalendarOptions.TimeZone"/> (e.g. a zone built in a test).</summary>
    public BusinessCalendar(BusinessCalendarOptions options, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        TimeZone = timeZone;
        var schedule = WeeklySchedule.From(options);
        var definition = BusinessCalendarDefinition.FromOptions(options);
        _state = new State([new BusinessCalendarVersion(DateTimeOffset.MinValue, definition)], [new ScheduleSpan(0, MaxTicks, schedule)]);
    }

    /// <summary>
    /// A calendar of several versions. The first one also governs all time before its own instant; of two with the same
    /// instant the later in the list wins, there and (for the first instant) before it: the other is never in force.
    /// </summary>
    public BusinessCalendar(TimeZoneInfo timeZone, IReadOnlyList<BusinessCalendarVersion> versions)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        TimeZone = timeZone;
        _state = State.Of(versions);
    }

    /// <summary>The versions in force, ordered by the instant each takes effect; callers must not modify them.</summary>
    public IReadOnlyList<BusinessCalendarVersion> Versions => Volatile.Read(ref _state).Versions;

    /// <summary>Replaces the versions (all of them, as stored); every query from now on counts with the new list.</summary>
    public void Use(IReadOnlyList<BusinessCalendarVersion> versions)
    {
        Volatile.Write(ref _state, State.Of(versions));
        Interlocked.Increment(ref _generation); // after the swap: whoever sees the new number counts with the new list
    }

    /// <summary>
    /// Goes up with every <see cref="Use"/>. A writer that computed deadlines compares it before and after: a change means
    /// they may come from the list that was replaced.
    /// </summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>A separate calendar in the same zone with other versions (e.g. to preview a change); this one is unchanged.</summary>
    public BusinessCalendar WithVersions(IReadOnlyList<BusinessCalendarVersion> versions) => new(TimeZone, versions);

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

        var state = Volatile.Read(ref _state);
        if (!state.HasOpenTime)
        {
            throw new InvalidOperationException("The business calendar has no open hours, so no business time can be added.");
        }

        var startTicks = start.UtcTicks;
        var index = BlockIndex(startTicks);
        var block = state.BlockAt(index, TimeZone);
        var target = block.CumulativeAt(startTicks) + amount.Ticks;

        if (amount > TimeSpan.Zero)
        {
            while (target > block.Total)
            {
                target -= block.Total;
                block = state.BlockAt(NextBlockIndex(++index, amount), TimeZone);
            }

            return InCompanyOffset(block, block.EarliestReaching(target));
        }

        while (target < 0)
        {
            block = state.BlockAt(NextBlockIndex(--index, amount), TimeZone);
            target += block.Total;
        }

        return InCompanyOffset(block, block.LatestReaching(target));
    }

    /// <summary>Business time elapsed from <paramref name="from"/> to <paramref name="to"/>; negative when to &lt; from.</summary>
    public TimeSpan BusinessTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        long a = from.UtcTicks, b = to.UtcTicks;
        var state = Volatile.Read(ref _state);
        return a <= b ? new TimeSpan(TicksBetween(state, a, b)) : new TimeSpan(-TicksBetween(state, b, a));
    }

    /// <summary>True when the instant lies inside an open period (start inclusive, end exclusive).</summary>
    public bool IsOpen(DateTimeOffset instant)
    {
        var ticks = instant.UtcTicks;
        return Volatile.Read(ref _state).BlockAt(BlockIndex(ticks), TimeZone).IndexContaining(ticks) >= 0;
    }

    /// <summary>The instant itself when open, else the start of the next open period; null if none follows.</summary>
    public DateTimeOffset? NextOpening(DateTimeOffset instant)
    {
        var state = Volatile.Read(ref _state);
        if (!state.HasOpenTime)
        {
            return null;
        }

        var ticks = instant.UtcTicks;
        for (var index = BlockIndex(ticks); index <= LastBlock; index++)
        {
            var block = state.BlockAt(index, TimeZone);
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
        var state = Volatile.Read(ref _state);
        for (var index = BlockIndex(a); a < b && index <= BlockIndex(b); index++)
        {
            var block = state.BlockAt(index, TimeZone);
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

    private long TicksBetween(State state, long a, long b)
    {
        var firstIndex = BlockIndex(a);
        var lastIndex = BlockIndex(b);
        var first = state.BlockAt(firstIndex, TimeZone);
        if (firstIndex == lastIndex)
        {
            return first.CumulativeAt(b) - first.CumulativeAt(a);
        }

        var total = first.Total - first.CumulativeAt(a);
        for (var index = firstIndex + 1; index < lastIndex; index++)
        {
            total += state.BlockAt(index, TimeZone).Total;
        }

        return total + state.BlockAt(lastIndex, TimeZone).CumulativeAt(b);
    }

    private BusinessPeriod Period(long start, long end) =>
        new(ToCompanyTime(new DateTimeOffset(start, TimeSpan.Zero)), ToCompanyTime(new DateTimeOffset(end, TimeSpan.Zero)));

    private static int BlockIndex(long utcTicks) => (int)(utcTicks / BlockTicks);

    private static int NextBlockIndex(int index, TimeSpan amount) =>
        index is >= 0 and <= LastBlock
            ? index
            : throw new ArgumentOutOfRangeException(nameof(amount), amount, "The result lies outside the range of DateTimeOffset.");

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

    /// <summary>One list of versions with its own cache of resolved blocks; replaced whole, never changed.</summary>
    private sealed class State
    {
        private readonly ScheduleSpan[] _spans;
        private readonly OpenIntervalBlock?[] _blocks = new OpenIntervalBlock?[LastBlock + 1];

        public State(IReadOnlyList<BusinessCalendarVersion> versions, ScheduleSpan[] spans)
        {
            Versions = versions;
            _spans = spans;
            HasOpenTime = spans.All(s => s.Schedule.HasOpenTime);
        }

        public IReadOnlyList<BusinessCalendarVersion> Versions { get; }

        public bool HasOpenTime { get; }

        public static State Of(IReadOnlyList<BusinessCalendarVersion> versions)
        {
            ArgumentNullException.ThrowIfNull(versions);
            if (versions.Count == 0)
            {
                throw new ArgumentException("A business calendar needs at least one version.", nameof(versions));
            }

            // Stable: of two versions with the same instant the later one in the list wins.
            var ordered = versions
                .Select(v => v with { Definition = v.Definition.Clone() })
                .OrderBy(v => v.EffectiveFrom.UtcTicks)
                .ToList();
            var spans = new List<ScheduleSpan>(ordered.Count);
            for (var i = 0; i < ordered.Count; i++)
            {
                var schedule = WeeklySchedule.From(ordered[i].Definition); // validates every version, used or not
                var to = i + 1 < ordered.Count ? ordered[i + 1].EffectiveFrom.UtcTicks : MaxTicks;
                if (i + 1 < ordered.Count && to == ordered[i].EffectiveFrom.UtcTicks)
                {
                    continue; // superseded by a later one with the same instant, also before it when it is the first
                }

                var from = spans.Count == 0 ? 0 : ordered[i].EffectiveFrom.UtcTicks;
                if (to > from)
                {
                    spans.Add(new ScheduleSpan(from, to, schedule));
                }
            }

            return new State(ordered, [.. spans]);
        }

        public OpenIntervalBlock BlockAt(int index, TimeZoneInfo zone)
        {
            var block = Volatile.Read(ref _blocks[index]);
            if (block is not null)
            {
                return block;
            }

            var start = index * BlockTicks;
            var end = Math.Min(start + BlockTicks, MaxTicks);
            var built = OpenIntervalBlockBuilder.Build(_spans, zone, start, end);
            return Interlocked.CompareExchange(ref _blocks[index], built, null) ?? built;
        }
    }
}

/// <summary>An open interval [Start, End) of business time.</summary>
public readonly record struct BusinessPeriod(DateTimeOffset Start, DateTimeOffset End)
{
    public TimeSpan Duration => End - Start;
}
