using HelpdeskDashboard.Platform.Time;
using HelpdeskDashboard.Tests.Features.Sla.Support;
using Microsoft.Extensions.Time.Testing;

namespace HelpdeskDashboard.Tests.Platform.Time;

/// <summary>
/// Where company days start, as a labelled table in the style of NodaTime's AtStartOfDay tests, over synthetic zones
/// whose transitions fall on the days in question.
/// </summary>
public sealed class CompanyClockTests
{
    /// <summary>-03:00 / -02:00. Spring forward Fri 2026-03-20 00:00 -> 01:00 (at 03:00Z); fall back Fri 2026-10-16 00:00 -> Thu 23:00 (at 02:00Z).</summary>
    private static readonly TimeZoneInfo GapAtMidnight = TestZones.GapAtMidnight;

    /// <summary>+01:00 / +02:00. Spring forward Wed 2026-03-18 02:00 -> 03:00 (at 01:00Z); fall back Wed 2026-10-14 03:00 -> 02:00 (at 01:00Z).</summary>
    private static readonly TimeZoneInfo GapAt0200 = TestZones.GapAt0200;

    /// <summary>+01:00 / +02:00. Spring forward Sun 2026-03-29 02:00 -> 03:00; fall back Thu 2026-10-01 01:00 -> 00:00, so 1 October's midnight happens twice.</summary>
    private static readonly TimeZoneInfo OverlapAtMidnight = TestZones.WithDst("Test/OverlapAtMidnight", TimeSpan.FromHours(1), TimeSpan.FromHours(1), spring: (3, 29, new TimeOnly(2, 0)), fall: (10, 1, new TimeOnly(1, 0)));

    /// <summary>+14:00 all year (like Pacific/Kiritimati): its dates begin before anybody else's.</summary>
    private static readonly TimeZoneInfo Plus14 = TimeZoneInfo.CreateCustomTimeZone("Test/Plus14", TimeSpan.FromHours(14), "Test/Plus14", "Test/Plus14");

    private static readonly Dictionary<string, TimeZoneInfo> Zones =
        new[] { GapAtMidnight, GapAt0200, OverlapAtMidnight, Plus14, TimeZoneInfo.Utc }.ToDictionary(z => z.Id);

    public static TheoryData<string, string, DateOnly, DateTimeOffset> StartsOfDay => new()
    {
        { "UTC: midnight is the start", "UTC", new(2026, 5, 1), Utc(2026, 5, 1, 0, 0) },
        { "+14:00: the day starts ten hours before UTC's", "Test/Plus14", new(2026, 1, 1), Utc(2025, 12, 31, 10, 0) },
        { "gap at midnight: the day before is ordinary", "Test/GapAtMidnight", new(2026, 3, 19), Utc(2026, 3, 19, 3, 0) },
        { "gap at midnight: the first instant after the gap (local 01:00 -02:00)", "Test/GapAtMidnight", new(2026, 3, 20), Utc(2026, 3, 20, 3, 0) },
        { "gap at midnight: the day after starts at midnight -02:00", "Test/GapAtMidnight", new(2026, 3, 21), Utc(2026, 3, 21, 2, 0) },
        { "midnight fall-back to 23:00: the day before starts at -02:00", "Test/GapAtMidnight", new(2026, 10, 15), Utc(2026, 10, 15, 2, 0) },
        { "midnight fall-back to 23:00: the repeated hour belongs to the day before; midnight -03:00", "Test/GapAtMidnight", new(2026, 10, 16), Utc(2026, 10, 16, 3, 0) },
        { "gap at 02:00: midnight of that day is ordinary (+01:00)", "Test/GapAt0200", new(2026, 3, 18), Utc(2026, 3, 17, 23, 0) },
        { "gap at 02:00: the day after starts at +02:00", "Test/GapAt0200", new(2026, 3, 19), Utc(2026, 3, 18, 22, 0) },
        { "overlap at 02:00: midnight of that day is ordinary (+02:00)", "Test/GapAt0200", new(2026, 10, 14), Utc(2026, 10, 13, 22, 0) },
        { "overlap at midnight: the earlier of the two midnights (+02:00)", "Test/OverlapAtMidnight", new(2026, 10, 1), Utc(2026, 9, 30, 22, 0) },
        { "overlap at midnight: the day after starts at +01:00", "Test/OverlapAtMidnight", new(2026, 10, 2), Utc(2026, 10, 1, 23, 0) },
    };

    [Theory]
    [MemberData(nameof(StartsOfDay))]
    public void A_company_day_starts_at_its_earliest_instant(string label, string zone, DateOnly date, DateTimeOffset expected)
    {
        var clock = Clock(zone);

        var start = clock.StartOfDay(date);

        Assert.True(expected == start, $"{label}: {start:u}");
        Assert.Equal(TimeSpan.Zero, start.Offset);
        Assert.True(clock.LocalDate(start) == date, $"{label}: the start lies on {clock.LocalDate(start)}");
        Assert.True(clock.LocalDate(start.AddTicks(-1)) == date.AddDays(-1), $"{label}: the tick before lies on {clock.LocalDate(start.AddTicks(-1))}");
    }

    public static TheoryData<string, string, DateTimeOffset, DateOnly> LocalDates => new()
    {
        { "+14:00: ten o'clock UTC is already the next day", "Test/Plus14", Utc(2025, 12, 31, 10, 0), new(2026, 1, 1) },
        { "+14:00: a second earlier it is not", "Test/Plus14", Utc(2025, 12, 31, 9, 59, 59), new(2025, 12, 31) },
        { "gap at midnight: the last second before the gap", "Test/GapAtMidnight", Utc(2026, 3, 20, 2, 59, 59), new(2026, 3, 19) },
        { "overlap at midnight: first pass of 00:30", "Test/OverlapAtMidnight", Utc(2026, 9, 30, 22, 30), new(2026, 10, 1) },
        { "overlap at midnight: second pass of 00:30", "Test/OverlapAtMidnight", Utc(2026, 9, 30, 23, 30), new(2026, 10, 1) },
        { "midnight fall-back to 23:00: second pass of 23:30 is still the day before", "Test/GapAtMidnight", Utc(2026, 10, 16, 2, 30), new(2026, 10, 15) },
    };

    [Theory]
    [MemberData(nameof(LocalDates))]
    public void An_instant_falls_on_the_company_date_its_clocks_show(string label, string zone, DateTimeOffset instant, DateOnly expected) =>
        Assert.True(expected == Clock(zone).LocalDate(instant), label);

    public static TheoryData<string, string, DateOnly, TimeOnly, DateTimeOffset> LocalTimes => new()
    {
        { "an ordinary time", "Test/GapAt0200", new(2026, 3, 18), new(17, 0), Utc(2026, 3, 18, 15, 0) },
        { "a time inside the gap: the first instant after it (03:00 +02:00)", "Test/GapAt0200", new(2026, 3, 18), new(2, 30), Utc(2026, 3, 18, 1, 0) },
        { "a time shown twice: the earlier instant (+02:00)", "Test/GapAt0200", new(2026, 10, 14), new(2, 30), Utc(2026, 10, 14, 0, 30) },
        { "the end of the repeated hour is unique (+01:00)", "Test/GapAt0200", new(2026, 10, 14), new(3, 0), Utc(2026, 10, 14, 2, 0) },
    };

    [Theory]
    [MemberData(nameof(LocalTimes))]
    public void A_local_time_resolves_like_a_day_start(string label, string zone, DateOnly date, TimeOnly time, DateTimeOffset expected)
    {
        var at = Clock(zone).At(date, time);
        Assert.True(expected == at, $"{label}: {at:u}");
    }

    [Fact]
    public void Months_and_quarters_start_at_the_start_of_their_first_day()
    {
        var overlap = Clock("Test/OverlapAtMidnight");
        var plus14 = Clock("Test/Plus14");

        Assert.Equal(Utc(2026, 9, 30, 22, 0), overlap.StartOfQuarter(2026, 4));
        Assert.Equal(overlap.StartOfDay(new DateOnly(2026, 10, 1)), overlap.StartOfMonth(2026, 10));
        Assert.Equal(Utc(2026, 3, 31, 22, 0), overlap.StartOfQuarter(2026, 2));
        Assert.Equal(Utc(2025, 12, 31, 10, 0), plus14.StartOfQuarter(2026, 1));
        Assert.Equal(Utc(2026, 1, 31, 10, 0), plus14.StartOfMonth(2026, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => plus14.StartOfQuarter(2026, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => plus14.StartOfQuarter(2026, 0));
    }

    [Fact]
    public void Today_is_the_company_date_at_the_time_providers_now()
    {
        var time = new FakeTimeProvider(Utc(2025, 12, 31, 9, 59, 59));
        var clock = new CompanyClock(Plus14, time);

        Assert.Equal(new DateOnly(2025, 12, 31), clock.Today);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(new DateOnly(2026, 1, 1), clock.Today);
    }

    [Fact]
    public void A_date_the_zone_skips_entirely_is_empty_it_starts_where_the_next_day_starts()
    {
        // Samoa moved across the date line: 29 December 2011 24:00 (-10:00) was followed by 31 December 00:00 (+14:00).
        var apia = new CompanyClock(TimeZoneInfo.FindSystemTimeZoneById("Pacific/Apia"), TimeProvider.System);

        Assert.Equal(Utc(2011, 12, 30, 10, 0), apia.StartOfDay(new DateOnly(2011, 12, 30)));
        Assert.Equal(apia.StartOfDay(new DateOnly(2011, 12, 31)), apia.StartOfDay(new DateOnly(2011, 12, 30)));
        Assert.Equal(new DateOnly(2011, 12, 31), apia.LocalDate(Utc(2011, 12, 30, 10, 0)));
    }

    private static CompanyClock Clock(string zone) => new(Zones[zone], TimeProvider.System);

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.Zero);
}
