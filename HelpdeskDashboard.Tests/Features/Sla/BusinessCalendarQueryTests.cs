using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Tests.Features.Sla.Support;

using static HelpdeskDashboard.Tests.Features.Sla.Support.Instants;

namespace HelpdeskDashboard.Tests.Features.Sla;

/// <summary>IsOpen, NextOpening, OpenPeriods, ToCompanyTime and TimeZone.</summary>
public sealed class BusinessCalendarQueryTests
{
    private static readonly TimeSpan OneTick = TimeSpan.FromTicks(1);

    public static TheoryData<string, string, string, DateTimeOffset, bool> OpenInstants => new()
    {
        { "monday 00:00 is open (start inclusive)", Calendars.WholeWeekdays, "Europe/Berlin", At("2026-06-08T00:00+02:00"), true },
        { "friday 24:00 is closed (end exclusive)", Calendars.WholeWeekdays, "Europe/Berlin", At("2026-06-13T00:00+02:00"), false },
        { "last tick of friday is open", Calendars.WholeWeekdays, "Europe/Berlin", At("2026-06-13T00:00+02:00") - OneTick, true },
        { "sunday is closed", Calendars.WholeWeekdays, "Europe/Berlin", At("2026-06-14T12:00+02:00"), false },
        { "17:00 is closed in office hours", Calendars.OfficeHours, "Europe/Berlin", At("2026-06-08T17:00+02:00"), false },
        { "09:00 is open in office hours", Calendars.OfficeHours, "Europe/Berlin", At("2026-06-08T09:00+02:00"), true },
        { "lunch is closed", Calendars.SplitOfficeHours, "Europe/Berlin", At("2026-06-08T12:30+02:00"), false },
        { "gap-start range is closed just before 01:30Z", "Wed=02:30-04:00", "Test/GapAt0200", At("2026-03-18T01:30Z") - OneTick, false },
        { "gap-start range opens at 01:30Z", "Wed=02:30-04:00", "Test/GapAt0200", At("2026-03-18T01:30Z"), true },
        { "gap-start range is open at its last tick", "Wed=02:30-04:00", "Test/GapAt0200", At("2026-03-18T02:00Z") - OneTick, true },
        { "gap-start range closes at 02:00Z", "Wed=02:30-04:00", "Test/GapAt0200", At("2026-03-18T02:00Z"), false },
        { "first pass of the repeated 02:15 is open", "Wed=02:00-02:30", "Test/GapAt0200", At("2026-10-14T00:15Z"), true },
        { "second pass of the repeated 02:15 is closed", "Wed=02:00-02:30", "Test/GapAt0200", At("2026-10-14T01:15Z"), false },
        { "dropped range is never open", "Wed=02:30-03:00", "Test/GapAt0200", At("2026-03-18T01:45Z"), false },
        { "thursday is open just before its 24:00 in the gap", Calendars.WholeWeekdays, "Test/GapAtMidnight", At("2026-03-20T03:00Z") - OneTick, true },
        { "friday is open from its start in the gap", "Fri=00:00-02:00", "Test/GapAtMidnight", At("2026-03-20T03:00Z"), true },
        { "friday 00:00-02:00 closes at 04:00Z", "Fri=00:00-02:00", "Test/GapAtMidnight", At("2026-03-20T04:00Z"), false },
    };

    [Theory]
    [MemberData(nameof(OpenInstants))]
    public void Is_open_includes_period_starts_and_excludes_period_ends(
        string label, string hours, string zoneId, DateTimeOffset instant, bool expected)
    {
        Assert.True(expected == Calendars.Create(hours, zoneId).IsOpen(instant), label);
    }

    public static TheoryData<string, string, string, DateTimeOffset, DateTimeOffset> NextOpenings => new()
    {
        { "open instant is its own next opening", Calendars.WholeWeekdays, "Europe/Berlin", At("2026-06-09T10:00+02:00"), At("2026-06-09T10:00+02:00") },
        { "saturday waits for monday 00:00", Calendars.WholeWeekdays, "Europe/Berlin", At("2026-06-13T10:00+02:00"), At("2026-06-15T00:00+02:00") },
        { "friday 24:00 waits for monday 00:00", Calendars.WholeWeekdays, "Europe/Berlin", At("2026-06-13T00:00+02:00"), At("2026-06-15T00:00+02:00") },
        { "evening waits for the morning", Calendars.OfficeHours, "Europe/Berlin", At("2026-06-08T17:00+02:00"), At("2026-06-09T09:00+02:00") },
        { "lunch waits for 13:00", Calendars.SplitOfficeHours, "Europe/Berlin", At("2026-06-08T12:00+02:00"), At("2026-06-08T13:00+02:00") },
        { "range starting in the gap opens at 01:30Z", "Wed=02:30-04:00", "Test/GapAt0200", At("2026-03-18T00:00Z"), At("2026-03-18T01:30Z") },
        { "dropped range is skipped", "Wed=02:30-03:00; Thu=09:00-10:00", "Test/GapAt0200", At("2026-03-18T00:00Z"), At("2026-03-19T09:00+02:00") },
        { "friday starting in the midnight gap opens at 03:00Z", "Fri=00:00-02:00", "Test/GapAtMidnight", At("2026-03-19T12:00Z"), At("2026-03-20T03:00Z") },
    };

    [Theory]
    [MemberData(nameof(NextOpenings))]
    public void Next_opening_is_the_instant_itself_or_the_next_period_start(
        string label, string hours, string zoneId, DateTimeOffset instant, DateTimeOffset expected)
    {
        var actual = Calendars.Create(hours, zoneId).NextOpening(instant);

        Assert.True(expected == actual, $"{label}: expected {expected:O}, got {actual:O}");
    }

    // Expected periods as "start/end" pairs separated by ';'. Touching periods are compared merged,
    // because whether the calendar reports them as one or two is not part of the contract.
    public static TheoryData<string, string, string, DateTimeOffset, DateTimeOffset, string> Periods => new()
    {
        { "a week of weekdays", Calendars.WholeWeekdays, "Europe/Berlin", At("2026-06-06T00:00Z"), At("2026-06-14T00:00Z"), "2026-06-07T22:00Z/2026-06-12T22:00Z" },
        { "clipped to the query", Calendars.OfficeHours, "Europe/Berlin", At("2026-06-08T10:00+02:00"), At("2026-06-09T10:00+02:00"), "2026-06-08T10:00+02:00/2026-06-08T17:00+02:00;2026-06-09T09:00+02:00/2026-06-09T10:00+02:00" },
        { "two ranges a day", Calendars.SplitOfficeHours, "Europe/Berlin", At("2026-06-08T00:00+02:00"), At("2026-06-09T00:00+02:00"), "2026-06-08T08:00+02:00/2026-06-08T12:00+02:00;2026-06-08T13:00+02:00/2026-06-08T17:00+02:00" },
        { "touching ranges cover the day", "Mon-Fri=09:00-12:00,12:00-17:00", "Europe/Berlin", At("2026-06-08T00:00+02:00"), At("2026-06-09T00:00+02:00"), "2026-06-08T09:00+02:00/2026-06-08T17:00+02:00" },
        { "empty query", Calendars.WholeWeekdays, "Europe/Berlin", At("2026-06-09T10:00+02:00"), At("2026-06-09T10:00+02:00"), "" },
        { "closed query", Calendars.WholeWeekdays, "Europe/Berlin", At("2026-06-13T10:00+02:00"), At("2026-06-14T10:00+02:00"), "" },
        { "range starting in the gap", "Wed=02:30-04:00", "Test/GapAt0200", At("2026-03-18T00:00Z"), At("2026-03-19T00:00Z"), "2026-03-18T01:30Z/2026-03-18T02:00Z" },
        { "range inside the gap is dropped", "Wed=02:30-03:00", "Test/GapAt0200", At("2026-03-18T00:00Z"), At("2026-03-19T00:00Z"), "" },
        { "ranges overlapping after resolution form their union", "Wed=01:00-02:30,03:00-05:00", "Test/GapAt0200", At("2026-03-18T00:00Z"), At("2026-03-19T00:00Z"), "2026-03-18T00:00Z/2026-03-18T03:00Z" },
        { "ambiguous range takes its first pass", "Wed=02:00-02:30", "Test/GapAt0200", At("2026-10-14T00:00Z"), At("2026-10-15T00:00Z"), "2026-10-14T00:00Z/2026-10-14T00:30Z" },
        { "evening and night across the midnight gap", "Thu=22:00-24:00; Fri=00:00-02:00", "Test/GapAtMidnight", At("2026-03-19T00:00Z"), At("2026-03-21T00:00Z"), "2026-03-20T01:00Z/2026-03-20T04:00Z" },
    };

    [Theory]
    [MemberData(nameof(Periods))]
    public void Open_periods_are_the_resolved_union_clipped_to_the_query(
        string label, string hours, string zoneId, DateTimeOffset from, DateTimeOffset to, string expected)
    {
        var calendar = Calendars.Create(hours, zoneId);

        var periods = calendar.OpenPeriods(from, to);

        Assert.Equal(ParsePeriods(expected), Merge(periods));
        Assert.All(periods, period => Assert.True(period.Start < period.End, $"{label}: empty period {period}"));
        Assert.All(periods.Zip(periods.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start, $"{label}: {pair.First} overlaps or precedes {pair.Second}"));
    }

    [Fact]
    public void Calendar_without_opening_hours_is_never_open_and_has_no_next_opening()
    {
        var calendar = new BusinessCalendar(new BusinessCalendarOptions { Hours = [] });
        var instant = At("2026-06-09T10:00+02:00");

        Assert.False(calendar.IsOpen(instant));
        Assert.Null(calendar.NextOpening(instant));
        Assert.Empty(calendar.OpenPeriods(instant, instant.AddDays(30)));
        Assert.Equal(TimeSpan.Zero, calendar.BusinessTimeBetween(instant, instant.AddYears(1)));
        Assert.Equal(instant, calendar.AddBusinessTime(instant, TimeSpan.Zero));
    }

    [Fact]
    public void Open_periods_are_expressed_in_the_company_zone()
    {
        var calendar = Calendars.Create("Wed=01:00-02:30,03:00-05:00; Thu=09:00-17:00", "Test/GapAt0200");

        var periods = calendar.OpenPeriods(At("2026-03-17T00:00Z"), At("2026-03-20T00:00Z"));

        Assert.NotEmpty(periods);
        Assert.All(periods, period =>
        {
            Assert.Equal(TestZones.GapAt0200.GetUtcOffset(period.Start), period.Start.Offset);
            Assert.Equal(TestZones.GapAt0200.GetUtcOffset(period.End), period.End.Offset);
        });
    }

    public static TheoryData<string, string, DateTimeOffset, string> CompanyTimes => new()
    {
        { "winter in the gap zone", "Test/GapAt0200", At("2026-03-18T00:30Z"), "2026-03-18T01:30:00.0000000+01:00" },
        { "just after spring forward", "Test/GapAt0200", At("2026-03-18T01:30Z"), "2026-03-18T03:30:00.0000000+02:00" },
        { "first pass of the repeated hour", "Test/GapAt0200", At("2026-10-14T00:30Z"), "2026-10-14T02:30:00.0000000+02:00" },
        { "second pass of the repeated hour", "Test/GapAt0200", At("2026-10-14T01:30Z"), "2026-10-14T02:30:00.0000000+01:00" },
        { "negative offset", "Test/GapAtMidnight", At("2026-03-20T03:00Z"), "2026-03-20T01:00:00.0000000-02:00" },
        { "half-hour offset", "Test/HalfHourGap", At("2026-01-01T00:00Z"), "2026-01-01T10:30:00.0000000+10:30" },
        { "Berlin summer from another offset", "Europe/Berlin", At("2026-06-09T13:30+05:30"), "2026-06-09T10:00:00.0000000+02:00" },
        { "Berlin second pass of 02:30", "Europe/Berlin", At("2026-10-25T01:30Z"), "2026-10-25T02:30:00.0000000+01:00" },
    };

    [Theory]
    [MemberData(nameof(CompanyTimes))]
    public void To_company_time_keeps_the_instant_and_shows_the_company_offset(
        string label, string zoneId, DateTimeOffset instant, string expectedRoundTrip)
    {
        var companyTime = Calendars.Create(Calendars.WholeWeekdays, zoneId).ToCompanyTime(instant);

        Assert.True(expectedRoundTrip == companyTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture), $"{label}: got {companyTime:O}");
        Assert.Equal(instant, companyTime);
    }

    [Fact]
    public void Time_zone_is_the_configured_iana_zone()
    {
        var calendar = new BusinessCalendar(new BusinessCalendarOptions { TimeZone = "America/New_York" });

        Assert.Equal("America/New_York", calendar.TimeZone.Id);
        Assert.Equal(Hours(-4), calendar.ToCompanyTime(At("2026-06-09T12:00Z")).Offset);
    }

    [Fact]
    public void Zone_passed_to_the_constructor_overrides_the_configured_zone()
    {
        var options = new BusinessCalendarOptions { TimeZone = "Europe/Berlin" };

        var calendar = new BusinessCalendar(options, TestZones.GapAtMidnight);

        Assert.Equal("Test/GapAtMidnight", calendar.TimeZone.Id);
        Assert.Equal(Hours(23), calendar.BusinessTimeBetween(At("2026-03-20T03:00Z"), At("2026-03-21T02:00Z")));
    }

    [Fact]
    public void Zone_passed_to_the_constructor_needs_no_iana_id_in_the_options()
    {
        var options = new BusinessCalendarOptions { TimeZone = "Test/GapAt0200" };

        var calendar = new BusinessCalendar(options, TestZones.GapAt0200);

        Assert.Equal(TestZones.GapAt0200.Id, calendar.TimeZone.Id);
        Assert.Equal(Hours(23), calendar.BusinessTimeBetween(At("2026-03-18T00:00+01:00"), At("2026-03-19T00:00+02:00")));
    }

    private static List<BusinessPeriod> ParsePeriods(string periods) =>
        [.. periods.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('/'))
            .Select(bounds => new BusinessPeriod(At(bounds[0]), At(bounds[1])))];

    private static List<BusinessPeriod> Merge(IEnumerable<BusinessPeriod> periods)
    {
        var merged = new List<BusinessPeriod>();
        foreach (var period in periods.OrderBy(p => p.Start))
        {
            if (merged.Count > 0 && merged[^1].End >= period.Start)
            {
                merged[^1] = merged[^1] with { End = period.End > merged[^1].End ? period.End : merged[^1].End };
            }
            else
            {
                merged.Add(period);
            }
        }

        return merged;
    }
}
