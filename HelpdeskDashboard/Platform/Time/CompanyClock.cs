namespace HelpdeskDashboard.Platform.Time;

/// <summary>
/// The company's calendar in its time zone: the company date of an instant, today's date, and the instant at which a
/// company day, month or quarter starts. Every feature asks this one clock, so "the start of a day" means one thing.
/// The Sla feature registers it with the business calendar's zone.
/// </summary>
/// <remarks>
/// Day starts follow NodaTime's <c>DateTimeZone.AtStartOfDay</c>: the earliest instant whose local date is that day.
/// When midnight happens twice (clocks go back to 00:00) that is the first midnight; when a gap skips midnight
/// (clocks jump from 00:00 to 01:00) it is the first instant after the gap, the transition itself. So
/// [StartOfDay(d), StartOfDay(d + 1)) holds exactly the instants whose <see cref="LocalDate"/> is d. A date the zone
/// skips entirely (Pacific/Apia, 30 December 2011) starts where the next day starts and is empty; NodaTime throws there.
/// Results are UTC <see cref="DateTimeOffset"/>s.
/// </remarks>
public sealed class CompanyClock
{
    private readonly TimeProvider _timeProvider;

    public CompanyClock(TimeZoneInfo zone, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(timeProvider);
        Zone = zone;
        _timeProvider = timeProvider;
    }

    /// <summary>The company's time zone.</summary>
    public TimeZoneInfo Zone { get; }

    /// <summary>The company's date at the time provider's now.</summary>
    public DateOnly Today => LocalDate(_timeProvider.GetUtcNow());

    /// <summary>The company's date at <paramref name="instant"/>.</summary>
    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>The earliest instant of the company's <paramref name="date"/>.</summary>
    public DateTimeOffset StartOfDay(DateOnly date) => At(date, TimeOnly.MinValue);

    /// <summary>The start of the first day of the month.</summary>
    public DateTimeOffset StartOfMonth(int year, int month) => StartOfDay(new DateOnly(year, month, 1));

    /// <summary>The start of the first day of calendar quarter <paramref name="quarter"/> (1 to 4).</summary>
    public DateTimeOffset StartOfQuarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        return StartOfMonth(year, ((quarter - 1) * 3) + 1);
    }

    /// <summary>
    /// The instant the company's clocks show <paramref name="time"/> on <paramref name="date"/>, resolved like a day
    /// start: a time shown twice gives the earlier instant, a time a gap skips gives the first instant after the gap.
    /// </summary>
    public DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            return new DateTimeOffset(FirstInstantAfterGap(local.Ticks), TimeSpan.Zero);
        }

        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local.Ticks - offset.Ticks, TimeSpan.Zero);
    }

    /// <summary>The transition instant of the gap that contains <paramref name="localTicks"/>, to the tick.</summary>
    private long FirstInstantAfterGap(long localTicks)
    {
        // Offsets stay within ±14 h, so a day either side lies before and after the gap (one transition per day at
        // most, as in every real zone). The transition lies in (local - after, local - before] read as UTC.
        var before = OffsetTicksAt(localTicks - TimeSpan.TicksPerDay);
        var after = OffsetTicksAt(localTicks + TimeSpan.TicksPerDay);
        long low = localTicks - after, high = localTicks - before;

        // Invariant: the offset at low is still the old one, the offset at high is not.
        while (high - low > 1)
        {
            var middle = low + ((high - low) / 2);
            if (OffsetTicksAt(middle) == before)
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

    private long OffsetTicksAt(long utcTicks) =>
        Zone.GetUtcOffset(new DateTime(Math.Clamp(utcTicks, DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks), DateTimeKind.Utc)).Ticks;
}
