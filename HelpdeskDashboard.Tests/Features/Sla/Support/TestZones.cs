namespace HelpdeskDashboard.Tests.Features.Sla.Support;

/// <summary>
/// Synthetic zones whose transitions fall on weekdays, so that DST days are business days in the tests.
/// Rules repeat every year; the 2026 transitions are spelled out because the tests use them.
/// </summary>
public static class TestZones
{
    /// <summary>
    /// +01:00 / +02:00. Spring forward Wed 2026-03-18 02:00 -> 03:00 (gap 02:00–03:00, at 01:00Z);
    /// fall back Wed 2026-10-14 03:00 -> 02:00 (02:00–03:00 happens twice, transition at 01:00Z).
    /// </summary>
    public static TimeZoneInfo GapAt0200 { get; } = WithDst(
        "Test/GapAt0200", TimeSpan.FromHours(1), TimeSpan.FromHours(1),
        spring: (3, 18, new TimeOnly(2, 0)), fall: (10, 14, new TimeOnly(3, 0)));

    /// <summary>
    /// -03:00 / -02:00. Spring forward Fri 2026-03-20 00:00 -> 01:00 (Thursday's 24:00 lies in the gap, at 03:00Z);
    /// fall back Fri 2026-10-16 00:00 -> Thu 23:00 (Thursday 23:00–24:00 happens twice, transition at 02:00Z).
    /// </summary>
    public static TimeZoneInfo GapAtMidnight { get; } = WithDst(
        "Test/GapAtMidnight", TimeSpan.FromHours(-3), TimeSpan.FromHours(1),
        spring: (3, 20, new TimeOnly(0, 0)), fall: (10, 16, new TimeOnly(0, 0)));

    /// <summary>
    /// +10:30 / +11:00 (30-minute DST). Spring forward Tue 2026-03-10 02:00 -> 02:30 (at 2026-03-09 15:30Z);
    /// fall back Tue 2026-10-06 02:00 -> 01:30 (01:30–02:00 happens twice, transition at 2026-10-05 15:00Z).
    /// </summary>
    public static TimeZoneInfo HalfHourGap { get; } = WithDst(
        "Test/HalfHourGap", new TimeSpan(10, 30, 0), TimeSpan.FromMinutes(30),
        spring: (3, 10, new TimeOnly(2, 0)), fall: (10, 6, new TimeOnly(2, 0)));

    /// <summary>+05:30 all year, no transitions.</summary>
    public static TimeZoneInfo FixedPlus0530 { get; } = TimeZoneInfo.CreateCustomTimeZone(
        "Test/FixedPlus0530", new TimeSpan(5, 30, 0), "Test/FixedPlus0530", "Test/FixedPlus0530");

    public static TimeZoneInfo Berlin { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    /// <summary>Zones by id, so that theory rows can name them with a serializable string.</summary>
    public static IReadOnlyDictionary<string, TimeZoneInfo> ById { get; } =
        new[] { GapAt0200, GapAtMidnight, HalfHourGap, FixedPlus0530, Berlin }.ToDictionary(z => z.Id);

    /// <summary>A zone with one DST rule every year: spring forward and fall back on fixed dates at the given local times.</summary>
    public static TimeZoneInfo WithDst(
        string id, TimeSpan standardOffset, TimeSpan daylightDelta,
        (int Month, int Day, TimeOnly LocalStandardTime) spring,
        (int Month, int Day, TimeOnly LocalDaylightTime) fall)
    {
        var start = TimeZoneInfo.TransitionTime.CreateFixedDateRule(
            new DateTime(1, 1, 1).Add(spring.LocalStandardTime.ToTimeSpan()), spring.Month, spring.Day);
        var end = TimeZoneInfo.TransitionTime.CreateFixedDateRule(
            new DateTime(1, 1, 1).Add(fall.LocalDaylightTime.ToTimeSpan()), fall.Month, fall.Day);
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
            DateTime.MinValue.Date, DateTime.MaxValue.Date, daylightDelta, start, end);
        return TimeZoneInfo.CreateCustomTimeZone(id, standardOffset, id, id + " standard", id + " daylight", [rule]);
    }
}
