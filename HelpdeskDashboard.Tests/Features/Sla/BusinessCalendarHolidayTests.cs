using HelpdeskDashboard.Tests.Features.Sla.Support;

using static HelpdeskDashboard.Tests.Features.Sla.Support.Instants;

namespace HelpdeskDashboard.Tests.Features.Sla;

/// <summary>Holidays close whole local days. June 2026 in Europe/Berlin unless stated.</summary>
public sealed class BusinessCalendarHolidayTests
{
    // The holidays of 2020–2056 most companies close on, plus the ones the rows need.
    private static readonly string ManyYears = string.Join(",", Enumerable.Range(2020, 37).SelectMany(year => new[]
    {
        $"{year}-01-01", $"{year}-05-01", $"{year}-10-03", $"{year}-12-24", $"{year}-12-25", $"{year}-12-26",
    }));

    public static TheoryData<string, string, string, string, DateTimeOffset, TimeSpan, DateTimeOffset> Additions => new()
    {
        { "friday holiday before the weekend", Calendars.WholeWeekdays, "Europe/Berlin", "2026-06-12", At("2026-06-11T20:00+02:00"), Hours(24), At("2026-06-15T20:00+02:00") },
        { "monday holiday after the weekend", Calendars.WholeWeekdays, "Europe/Berlin", "2026-06-15", At("2026-06-12T20:00+02:00"), Hours(24), At("2026-06-16T20:00+02:00") },
        { "friday and monday holidays", Calendars.WholeWeekdays, "Europe/Berlin", "2026-06-12,2026-06-15", At("2026-06-11T20:00+02:00"), Hours(24), At("2026-06-16T20:00+02:00") },
        { "holiday on a saturday changes nothing", Calendars.WholeWeekdays, "Europe/Berlin", "2026-06-13", At("2026-06-12T20:00+02:00"), Hours(24), At("2026-06-15T20:00+02:00") },
        { "holiday on a sunday changes nothing", Calendars.WholeWeekdays, "Europe/Berlin", "2026-06-14", At("2026-06-12T20:00+02:00"), Hours(24), At("2026-06-15T20:00+02:00") },
        { "using up the day before a holiday ends at its 24:00", Calendars.WholeWeekdays, "Europe/Berlin", "2026-06-12", At("2026-06-11T00:00+02:00"), Hours(24), At("2026-06-12T00:00+02:00") },
        { "start on a holiday waits for the next open day", Calendars.WholeWeekdays, "Europe/Berlin", "2026-06-10", At("2026-06-10T09:00+02:00"), Hours(1), At("2026-06-11T01:00+02:00") },
        { "zero on a holiday returns the start", Calendars.WholeWeekdays, "Europe/Berlin", "2026-06-10", At("2026-06-10T09:00+02:00"), TimeSpan.Zero, At("2026-06-10T09:00+02:00") },
        { "backwards over friday and monday holidays lands on thursday's start", Calendars.WholeWeekdays, "Europe/Berlin", "2026-06-12,2026-06-15", At("2026-06-16T00:00+02:00"), -Hours(48), At("2026-06-10T00:00+02:00") },
        { "office hours with a holiday", Calendars.OfficeHours, "Europe/Berlin", "2026-06-09", At("2026-06-08T16:00+02:00"), Hours(2), At("2026-06-10T10:00+02:00") },
        { "Christmas with many years listed", Calendars.WholeWeekdays, "Europe/Berlin", ManyYears, At("2026-12-23T12:00+01:00"), Hours(24), At("2026-12-28T12:00+01:00") },
        { "New Year with many years listed", Calendars.WholeWeekdays, "Europe/Berlin", ManyYears, At("2041-12-31T12:00+01:00"), Hours(24), At("2042-01-02T12:00+01:00") },
        { "holiday on a spring-forward weekday (synthetic zone)", Calendars.WholeWeekdays, "Test/GapAt0200", "2026-03-18", At("2026-03-17T12:00+01:00"), Hours(24), At("2026-03-19T12:00+02:00") },
        { "holiday on a fall-back weekday (synthetic zone)", Calendars.WholeWeekdays, "Test/GapAt0200", "2026-10-14", At("2026-10-13T12:00+02:00"), Hours(24), At("2026-10-15T12:00+01:00") },
    };

    [Theory]
    [MemberData(nameof(Additions))]
    public void Adding_business_time_skips_holidays(
        string label, string hours, string zoneId, string holidays, DateTimeOffset start, TimeSpan amount, DateTimeOffset expected)
    {
        var actual = Calendars.Create(hours, zoneId, holidays).AddBusinessTime(start, amount);

        Assert.True(expected == actual, $"{label}: expected {expected:O}, got {actual:O}");
    }

    public static TheoryData<string, string, string, string, DateTimeOffset, DateTimeOffset, TimeSpan> Spans => new()
    {
        { "a holiday week day counts nothing", Calendars.WholeWeekdays, "Europe/Berlin", "2026-06-10", At("2026-06-08T00:00+02:00"), At("2026-06-15T00:00+02:00"), Hours(96) },
        { "weekend holidays do not count twice", Calendars.WholeWeekdays, "Europe/Berlin", "2026-06-13,2026-06-14", At("2026-06-08T00:00+02:00"), At("2026-06-15T00:00+02:00"), Hours(120) },
        { "holiday only", Calendars.WholeWeekdays, "Europe/Berlin", "2026-06-10", At("2026-06-10T00:00+02:00"), At("2026-06-11T00:00+02:00"), TimeSpan.Zero },
        { "23-hour Berlin Sunday as a holiday", Calendars.WholeWeek, "Europe/Berlin", "2026-03-29", At("2026-03-28T00:00+01:00"), At("2026-03-30T00:00+02:00"), Hours(24) },
        { "25-hour Berlin Sunday as a holiday", Calendars.WholeWeek, "Europe/Berlin", "2026-10-25", At("2026-10-24T00:00+02:00"), At("2026-10-26T00:00+01:00"), Hours(24) },
        { "spring-forward weekday as a holiday", Calendars.WholeWeekdays, "Test/GapAt0200", "2026-03-18", At("2026-03-16T00:00+01:00"), At("2026-03-21T00:00+02:00"), Hours(96) },
        { "fall-back weekday as a holiday", Calendars.WholeWeekdays, "Test/GapAt0200", "2026-10-14", At("2026-10-12T00:00+02:00"), At("2026-10-17T00:00+01:00"), Hours(96) },
        { "day before a midnight gap as a holiday", Calendars.WholeWeekdays, "Test/GapAtMidnight", "2026-03-19", At("2026-03-16T00:00-03:00"), At("2026-03-21T00:00-02:00"), Hours(72 + 23) },
        { "day after a midnight gap as a holiday", Calendars.WholeWeekdays, "Test/GapAtMidnight", "2026-03-20", At("2026-03-16T00:00-03:00"), At("2026-03-21T00:00-02:00"), Hours(96) },
        { "a year with many years listed", Calendars.WholeWeekdays, "Europe/Berlin", ManyYears, At("2026-01-01T00:00+01:00"), At("2027-01-01T00:00+01:00"), Hours(24 * 257) },
    };

    [Theory]
    [MemberData(nameof(Spans))]
    public void Business_time_between_leaves_out_holidays(
        string label, string hours, string zoneId, string holidays, DateTimeOffset from, DateTimeOffset to, TimeSpan expected)
    {
        var actual = Calendars.Create(hours, zoneId, holidays).BusinessTimeBetween(from, to);

        Assert.True(expected == actual, $"{label}: expected {expected}, got {actual}");
    }

    [Fact]
    public void Holiday_is_closed_all_day_and_next_opening_is_the_following_day()
    {
        var calendar = Calendars.Create(Calendars.WholeWeekdays, holidays: "2026-06-10");

        Assert.False(calendar.IsOpen(At("2026-06-10T00:00+02:00")));
        Assert.False(calendar.IsOpen(At("2026-06-10T23:59:59.9999999+02:00")));
        Assert.True(calendar.IsOpen(At("2026-06-09T23:59:59.9999999+02:00")));
        Assert.Equal(At("2026-06-11T00:00+02:00"), calendar.NextOpening(At("2026-06-10T12:00+02:00")));
    }
}
