using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Tests.Features.Sla.Support;

using static HelpdeskDashboard.Tests.Features.Sla.Support.Instants;

namespace HelpdeskDashboard.Tests.Features.Sla;

/// <summary>
/// Closures of a definition: a whole-day closure shuts the date; a part-day closure subtracts its local range from the
/// weekday's ranges on that date, and what is left resolves like any other range. Closures are written as in
/// <see cref="VersionedCalendars"/> ("2026-12-24 13:00-24:00, 2026-12-25"). Thu 2026-12-24 and Wed 2026-06-10 are the
/// usual dates.
/// </summary>
public sealed class BusinessCalendarClosureTests
{
    private const string Berlin = "Europe/Berlin";
    private const string Gap = "Test/GapAt0200";

    public static TheoryData<string, string, string, string, DateTimeOffset, DateTimeOffset, TimeSpan> Spans => new()
    {
        { "Christmas Eve closed from 13:00 leaves four hours", Calendars.OfficeHours, "2026-12-24 13:00-24:00", Berlin, At("2026-12-24T00:00+01:00"), At("2026-12-25T00:00+01:00"), Hours(4) },
        { "Christmas week with the eve from 13:00 and Christmas Day closed", Calendars.OfficeHours, "2026-12-24 13:00-24:00, 2026-12-25", Berlin, At("2026-12-21T00:00+01:00"), At("2026-12-26T00:00+01:00"), Hours(8 + 8 + 8 + 4) },
        { "closure in the middle of a range splits it", Calendars.OfficeHours, "2026-06-10 12:00-13:00", Berlin, At("2026-06-10T00:00+02:00"), At("2026-06-11T00:00+02:00"), Hours(7) },
        { "closure over the start of a range", Calendars.OfficeHours, "2026-06-10 00:00-10:00", Berlin, At("2026-06-10T00:00+02:00"), At("2026-06-11T00:00+02:00"), Hours(7) },
        { "closure ending where the range starts changes nothing", Calendars.OfficeHours, "2026-06-10 07:00-09:00", Berlin, At("2026-06-10T00:00+02:00"), At("2026-06-11T00:00+02:00"), Hours(8) },
        { "closure starting where the range ends changes nothing", Calendars.OfficeHours, "2026-06-10 17:00-24:00", Berlin, At("2026-06-10T00:00+02:00"), At("2026-06-11T00:00+02:00"), Hours(8) },
        { "closure covering the whole open range", Calendars.OfficeHours, "2026-06-10 08:00-18:00", Berlin, At("2026-06-10T00:00+02:00"), At("2026-06-11T00:00+02:00"), TimeSpan.Zero },
        { "closure equal to the open range", Calendars.OfficeHours, "2026-06-10 09:00-17:00", Berlin, At("2026-06-10T00:00+02:00"), At("2026-06-11T00:00+02:00"), TimeSpan.Zero },
        { "closure of the whole day as a range", Calendars.OfficeHours, "2026-06-10 00:00-24:00", Berlin, At("2026-06-08T00:00+02:00"), At("2026-06-13T00:00+02:00"), Hours(32) },
        { "closure across the lunch break of split hours", Calendars.SplitOfficeHours, "2026-06-10 11:00-14:00", Berlin, At("2026-06-10T00:00+02:00"), At("2026-06-11T00:00+02:00"), Hours(3 + 3) },
        { "closure inside the lunch break changes nothing", Calendars.SplitOfficeHours, "2026-06-10 12:15-12:45", Berlin, At("2026-06-10T00:00+02:00"), At("2026-06-11T00:00+02:00"), Hours(8) },
        { "closure on a closed weekday changes nothing", Calendars.OfficeHours, "2026-06-13 10:00-12:00", Berlin, At("2026-06-08T00:00+02:00"), At("2026-06-15T00:00+02:00"), Hours(40) },
        { "closure on an open saturday", "Mon-Fri=09:00-17:00; Sat=10:00-14:00", "2026-06-13 12:00-24:00", Berlin, At("2026-06-13T00:00+02:00"), At("2026-06-14T00:00+02:00"), Hours(2) },
        { "closure on another wednesday leaves this one open", Calendars.OfficeHours, "2026-06-17 12:00-13:00", Berlin, At("2026-06-10T00:00+02:00"), At("2026-06-11T00:00+02:00"), Hours(8) },
        { "afternoon of a whole day closed", Calendars.WholeWeekdays, "2026-06-10 13:00-24:00", Berlin, At("2026-06-10T00:00+02:00"), At("2026-06-11T00:00+02:00"), Hours(13) },
        { "whole-day closure next to a part-day one", Calendars.WholeWeekdays, "2026-06-10 13:00-24:00, 2026-06-11", Berlin, At("2026-06-08T00:00+02:00"), At("2026-06-13T00:00+02:00"), Hours(24 + 24 + 13 + 24) },

        // DST days: what is left resolves like any range (gap: offset before; overlap: earlier instant).
        { "Berlin spring sunday closed 01:00-04:00", Calendars.WholeWeek, "2026-03-29 01:00-04:00", Berlin, At("2026-03-29T00:00+01:00"), At("2026-03-30T00:00+02:00"), Hours(1 + 20) },
        { "Berlin fall sunday closed 02:00-03:00 closes both passes", Calendars.WholeWeek, "2026-10-25 02:00-03:00", Berlin, At("2026-10-25T00:00+02:00"), At("2026-10-26T00:00+01:00"), Hours(2 + 21) },
        { "gap zone: closed from inside the gap on", Calendars.WholeWeekdays, "2026-03-18 02:30-24:00", Gap, At("2026-03-18T00:00+01:00"), At("2026-03-19T00:00+02:00"), Hours(2.5) },
        { "gap zone: closed until inside the gap", Calendars.WholeWeekdays, "2026-03-18 00:00-02:30", Gap, At("2026-03-18T00:00+01:00"), At("2026-03-19T00:00+02:00"), Hours(20.5) },
        { "gap zone: closing the repeated hour closes both passes", Calendars.WholeWeekdays, "2026-10-14 02:00-03:00", Gap, At("2026-10-14T00:00+02:00"), At("2026-10-15T00:00+01:00"), Hours(2 + 21) },
    };

    [Theory]
    [MemberData(nameof(Spans))]
    public void Business_time_between_leaves_out_the_closed_part(
        string label, string hours, string closures, string zoneId, DateTimeOffset from, DateTimeOffset to, TimeSpan expected)
    {
        var calendar = Calendar(hours, closures, zoneId);

        var forwards = calendar.BusinessTimeBetween(from, to);

        Assert.True(expected == forwards, $"{label}: expected {expected}, got {forwards}");
        Assert.True(-expected == calendar.BusinessTimeBetween(to, from), $"{label} backwards");
    }

    public static TheoryData<string, string, string, string, DateTimeOffset, TimeSpan, DateTimeOffset> Additions => new()
    {
        { "Christmas Eve noon + 2 h runs into monday", Calendars.OfficeHours, "2026-12-24 13:00-24:00, 2026-12-25", Berlin, At("2026-12-24T12:00+01:00"), Hours(2), At("2026-12-28T10:00+01:00") },
        { "using up Christmas Eve ends at 13:00", Calendars.OfficeHours, "2026-12-24 13:00-24:00", Berlin, At("2026-12-24T09:00+01:00"), Hours(4), At("2026-12-24T13:00+01:00") },
        { "back from Christmas Day's morning to Christmas Eve", Calendars.OfficeHours, "2026-12-24 13:00-24:00", Berlin, At("2026-12-25T10:00+01:00"), -Hours(2), At("2026-12-24T12:00+01:00") },
        { "across a closure in the middle of a range", Calendars.OfficeHours, "2026-06-10 12:00-13:00", Berlin, At("2026-06-10T11:00+02:00"), Hours(2), At("2026-06-10T14:00+02:00") },
        { "using up the morning ends where the closure starts", Calendars.OfficeHours, "2026-06-10 12:00-13:00", Berlin, At("2026-06-10T09:00+02:00"), Hours(3), At("2026-06-10T12:00+02:00") },
        { "back across a closure in the middle of a range", Calendars.OfficeHours, "2026-06-10 12:00-13:00", Berlin, At("2026-06-10T14:00+02:00"), -Hours(2), At("2026-06-10T11:00+02:00") },
        { "back from the end of a closure skips it", Calendars.OfficeHours, "2026-06-10 12:00-13:00", Berlin, At("2026-06-10T13:00+02:00"), -Hours(1), At("2026-06-10T11:00+02:00") },
        { "whole open range closed: the next day", Calendars.OfficeHours, "2026-06-10 08:00-18:00", Berlin, At("2026-06-10T08:00+02:00"), Hours(1), At("2026-06-11T10:00+02:00") },
        { "gap zone: what is left of the day before the gap", Calendars.WholeWeekdays, "2026-03-18 02:30-24:00", Gap, At("2026-03-18T00:00+01:00"), Hours(3), At("2026-03-19T00:30+02:00") },
    };

    [Theory]
    [MemberData(nameof(Additions))]
    public void Adding_business_time_skips_the_closed_part(
        string label, string hours, string closures, string zoneId, DateTimeOffset start, TimeSpan amount, DateTimeOffset expected)
    {
        var actual = Calendar(hours, closures, zoneId).AddBusinessTime(start, amount);

        Assert.True(expected == actual, $"{label}: expected {expected:O}, got {actual:O}");
    }

    [Fact]
    public void Christmas_eve_closes_at_13_00_and_opens_again_after_christmas_day()
    {
        var calendar = Calendar(Calendars.OfficeHours, "2026-12-24 13:00-24:00, 2026-12-25", Berlin);

        Assert.True(calendar.IsOpen(At("2026-12-24T12:59:59.9999999+01:00")));
        Assert.False(calendar.IsOpen(At("2026-12-24T13:00+01:00")));
        Assert.Equal(At("2026-12-28T09:00+01:00"), calendar.NextOpening(At("2026-12-24T13:00+01:00")));
        Assert.Equal(
            [new BusinessPeriod(At("2026-12-23T09:00+01:00"), At("2026-12-23T17:00+01:00")), new BusinessPeriod(At("2026-12-24T09:00+01:00"), At("2026-12-24T13:00+01:00"))],
            calendar.OpenPeriods(At("2026-12-23T00:00+01:00"), At("2026-12-28T00:00+01:00")));
    }

    [Fact]
    public void Closure_in_the_middle_of_a_range_leaves_two_periods()
    {
        var calendar = Calendar(Calendars.OfficeHours, "2026-06-10 12:00-13:00", Berlin);

        Assert.Equal(
            [new BusinessPeriod(At("2026-06-10T09:00+02:00"), At("2026-06-10T12:00+02:00")), new BusinessPeriod(At("2026-06-10T13:00+02:00"), At("2026-06-10T17:00+02:00"))],
            calendar.OpenPeriods(At("2026-06-10T00:00+02:00"), At("2026-06-11T00:00+02:00")));
        Assert.Equal(At("2026-06-10T13:00+02:00"), calendar.NextOpening(At("2026-06-10T12:00+02:00")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Named_closure_without_closed_hours_shuts_the_whole_day(string? closedHours)
    {
        var closure = new BusinessClosure { Date = new DateOnly(2026, 6, 10), Name = "Company outing", ClosedHours = closedHours };
        var definition = new BusinessCalendarDefinition { Hours = Calendars.ParseHours(Calendars.WholeWeekdays), Closures = [closure] };
        var calendar = new BusinessCalendar(TestZones.Berlin, [new(DateTimeOffset.MinValue, definition)]);

        Assert.Equal(Hours(96), calendar.BusinessTimeBetween(At("2026-06-08T00:00+02:00"), At("2026-06-13T00:00+02:00")));
        Assert.False(calendar.IsOpen(At("2026-06-10T12:00+02:00")));
        Assert.Equal(At("2026-06-11T00:00+02:00"), calendar.NextOpening(At("2026-06-10T00:00+02:00")));
        var kept = Assert.Single(calendar.DefinitionAt(At("2026-06-10T12:00+02:00")).Closures);
        Assert.Equal("Company outing", kept.Name);
        Assert.True(kept.IsWholeDay);
    }

    public static TheoryData<string, string, string> BadClosedHours => new()
    {
        { "end before start", "17:00-13:00", "17:00-13:00" },
        { "hour 25", "13:00-25:00", "25:00" },
        { "past 24:00", "13:00-24:30", "24:30" },
        { "empty range at 24:00", "24:00-24:00", "24:00-24:00" },
        { "a single time", "13:00", "13:00" },
        { "words", "afternoon", "afternoon" },
    };

    [Theory]
    [MemberData(nameof(BadClosedHours))]
    public void Bad_closed_hours_are_rejected_naming_the_date_and_the_text(string label, string closedHours, string expectedInMessage)
    {
        var closure = new BusinessClosure { Date = new DateOnly(2026, 12, 24), Name = "Christmas Eve", ClosedHours = closedHours };
        var definition = new BusinessCalendarDefinition { Hours = Calendars.ParseHours(Calendars.OfficeHours), Closures = [closure] };

        var error = Assert.ThrowsAny<ArgumentException>(() => new BusinessCalendar(TestZones.Berlin, [new(DateTimeOffset.MinValue, definition)]));

        Assert.True(error.Message.Contains("2026-12-24", StringComparison.Ordinal), $"{label}: message was \"{error.Message}\"");
        Assert.True(error.Message.Contains(expectedInMessage, StringComparison.Ordinal), $"{label}: message was \"{error.Message}\"");
    }

    public static TheoryData<string, string> DatesListedTwice => new()
    {
        { "two whole-day closures", "2026-12-24, 2026-12-24" },
        { "whole-day and part-day", "2026-12-24, 2026-12-24 13:00-24:00" },
        { "two part-day closures", "2026-12-24 09:00-10:00, 2026-12-24 13:00-24:00" },
    };

    [Theory]
    [MemberData(nameof(DatesListedTwice))]
    public void Date_listed_twice_is_rejected_naming_it(string label, string closures)
    {
        var versions = VersionedCalendars.Versions($"2026-01-01T00:00+01:00 => {Calendars.OfficeHours} || 2026-06-01T00:00+02:00 => {Calendars.OfficeHours} | {closures}");

        var error = Assert.ThrowsAny<ArgumentException>(() => new BusinessCalendar(TestZones.Berlin, versions));

        Assert.True(error.Message.Contains("2026-12-24", StringComparison.Ordinal) && error.Message.Contains("more than once", StringComparison.Ordinal), $"{label}: message was \"{error.Message}\"");
    }

    [Fact]
    public void Same_date_in_two_versions_is_fine()
    {
        var calendar = VersionedCalendars.Create(
            $"2026-01-01T00:00+01:00 => {Calendars.OfficeHours} | 2026-12-24 || 2026-06-01T00:00+02:00 => {Calendars.OfficeHours} | 2026-12-24 13:00-24:00");

        Assert.Equal(Hours(4), calendar.BusinessTimeBetween(At("2026-12-24T00:00+01:00"), At("2026-12-25T00:00+01:00")));
    }

    private static BusinessCalendar Calendar(string hours, string closures, string zoneId) =>
        new(TestZones.ById[zoneId], [new(DateTimeOffset.MinValue, VersionedCalendars.Definition($"{hours} | {closures}"))]);
}
