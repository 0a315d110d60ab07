using HelpdeskDashboard.Platform.Time;

namespace HelpdeskDashboard.Tests.Platform.Time;

/// <summary>The one display style, as labelled tables: each row is a case a reader could get wrong.</summary>
public sealed class DisplayFormatTests
{
    private static TimeZoneInfo Zone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);

    private static DateTimeOffset Utc(int y, int mo, int d, int h, int mi) => new(y, mo, d, h, mi, 0, TimeSpan.Zero);

    public static TheoryData<string, DateTimeOffset, string, string> Instants => new()
    {
        { "UTC, current year keeps the year", Utc(2026, 12, 3, 14, 5), "UTC", "Thu 3 Dec 2026, 14:05" },
        { "another year shows its year", Utc(2025, 1, 2, 9, 0), "UTC", "Thu 2 Jan 2025, 09:00" },
        { "negative offset moves the date back", Utc(2026, 12, 3, 3, 0), "America/New_York", "Wed 2 Dec 2026, 22:00" },
        { "Berlin before the spring change is +01:00", Utc(2026, 3, 29, 0, 59), "Europe/Berlin", "Sun 29 Mar 2026, 01:59" },
        { "Berlin right after the spring change is +02:00", Utc(2026, 3, 29, 1, 0), "Europe/Berlin", "Sun 29 Mar 2026, 03:00" },
        { "half-hour zone", Utc(2026, 6, 1, 0, 0), "Asia/Kolkata", "Mon 1 Jun 2026, 05:30" },
    };

    [Theory]
    [MemberData(nameof(Instants))]
    public void Instant_is_weekday_day_month_year_and_time_in_the_zone(string label, DateTimeOffset instant, string zone, string expected)
    {
        Assert.True(label.Length > 0);
        Assert.Equal(expected, DisplayFormat.Instant(instant, Zone(zone)));
    }

    [Fact]
    public void A_missing_instant_is_a_dash() => Assert.Equal("–", DisplayFormat.Instant((DateTimeOffset?)null, TimeZoneInfo.Utc));

    [Fact]
    public void An_instant_already_in_the_viewers_zone_keeps_its_wall_clock() =>
        Assert.Equal("Wed 2 Dec 2026, 22:00", DisplayFormat.Converted(new DateTimeOffset(2026, 12, 2, 22, 0, 0, TimeSpan.FromHours(-5))));

    [Fact]
    public void Date_has_weekday_and_year() => Assert.Equal("Thu 3 Dec 2026", DisplayFormat.Date(new DateOnly(2026, 12, 3)));

    public static TheoryData<string, TimeSpan, string> Durations => new()
    {
        { "zero", TimeSpan.Zero, "0 min" },
        { "seconds are cut, not rounded up", TimeSpan.FromSeconds(59), "0 min" },
        { "minutes only", TimeSpan.FromMinutes(45), "45 min" },
        { "whole hours drop the minutes", TimeSpan.FromHours(2), "2 h" },
        { "hours and minutes", new TimeSpan(2, 30, 0), "2 h 30 min" },
        { "over 24 hours stays in hours", new TimeSpan(8, 21, 29, 0), "213 h 29 min" },
        { "negative drops the sign", TimeSpan.FromMinutes(-90), "1 h 30 min" },
    };

    [Theory]
    [MemberData(nameof(Durations))]
    public void Duration_is_hours_and_minutes(string label, TimeSpan span, string expected)
    {
        Assert.True(label.Length > 0);
        Assert.Equal(expected, DisplayFormat.Duration(span));
    }

    public static TheoryData<string, TimeSpan, string> BusinessTimes => new()
    {
        { "three days of business time is 72 hours, not 3d", TimeSpan.FromHours(72), "72 business hours" },
        { "singular", TimeSpan.FromHours(1), "1 business hour" },
        { "with minutes", new TimeSpan(7, 30, 0), "7 business hours 30 min" },
        { "zero", TimeSpan.Zero, "0 business hours" },
    };

    [Theory]
    [MemberData(nameof(BusinessTimes))]
    public void BusinessHours_says_business_hours(string label, TimeSpan span, string expected)
    {
        Assert.True(label.Length > 0);
        Assert.Equal(expected, DisplayFormat.BusinessHours(span));
    }

    public static TheoryData<string, string, DateTimeOffset, string> Zones => new()
    {
        { "negative offset in winter, real minus sign", "America/New_York", Utc(2026, 12, 3, 12, 0), "New York (UTC\u221205:00)" },
        { "DST changes the offset shown", "America/New_York", Utc(2026, 7, 1, 12, 0), "New York (UTC\u221204:00)" },
        { "Berlin in winter", "Europe/Berlin", Utc(2026, 12, 3, 12, 0), "Berlin (UTC+01:00)" },
        { "half-hour zone", "Asia/Kolkata", Utc(2026, 12, 3, 12, 0), "Kolkata (UTC+05:30)" },
        { "three segments, underscores become spaces", "America/Argentina/Buenos_Aires", Utc(2026, 12, 3, 12, 0), "Buenos Aires (UTC\u221203:00)" },
        { "UTC", "UTC", Utc(2026, 12, 3, 12, 0), "UTC (UTC+00:00)" },
    };

    [Theory]
    [MemberData(nameof(Zones))]
    public void Zone_is_city_and_offset_at_the_instant_never_the_raw_id(string label, string id, DateTimeOffset at, string expected)
    {
        Assert.True(label.Length > 0);
        var shown = DisplayFormat.Zone(Zone(id), at);
        Assert.Equal(expected, shown);
        Assert.DoesNotContain("/", shown);
    }

    [Fact]
    public void DecimalHours_only_for_rates() => Assert.Equal("2.5 h", DisplayFormat.DecimalHours(2.5));
}
