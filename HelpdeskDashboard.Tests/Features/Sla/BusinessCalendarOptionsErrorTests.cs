using System.Globalization;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Tests.Features.Sla.Support;

namespace HelpdeskDashboard.Tests.Features.Sla;

/// <summary>Invalid options stop construction with an ArgumentException whose message names the bad value.</summary>
public sealed class BusinessCalendarOptionsErrorTests
{
    public static TheoryData<string, string, string> BadRanges => new()
    {
        { "end before start", "17:00-09:00", "17:00-09:00" },
        { "hour 25", "09:00-25:00", "25:00" },
        { "start hour 25", "25:00-26:00", "25:00" },
        { "minute 60", "09:60-10:00", "09:60" },
        { "past 24:00", "09:00-24:30", "24:30" },
        { "a single time", "09:00", "09:00" },
        { "missing end", "09:00-", "09:00-" },
        { "missing start", "-17:00", "-17:00" },
        { "three times", "09:00-12:00-17:00", "09:00-12:00-17:00" },
        { "words", "nine-five", "nine-five" },
        { "letters in place of digits", "ab:cd-ef:gh", "ab:cd-ef:gh" },
    };

    [Theory]
    [MemberData(nameof(BadRanges))]
    public void Malformed_or_impossible_range_is_rejected_naming_it(string label, string range, string expectedInMessage)
    {
        var options = new BusinessCalendarOptions { Hours = new() { [DayOfWeek.Monday] = [range] } };

        var error = Assert.ThrowsAny<ArgumentException>(() => new BusinessCalendar(options));

        Assert.True(error.Message.Contains(expectedInMessage, StringComparison.Ordinal), $"{label}: message was \"{error.Message}\"");
    }

    public static TheoryData<string, string, string> OverlappingRanges => new()
    {
        { "partly overlapping", "09:00-12:00", "11:00-13:00" },
        { "identical", "09:00-12:00", "09:00-12:00" },
        { "one inside the other", "08:00-18:00", "12:00-13:00" },
        { "listed in reverse order", "11:00-13:00", "09:00-12:00" },
        { "whole day and a morning", "00:00-24:00", "09:00-12:00" },
    };

    [Theory]
    [MemberData(nameof(OverlappingRanges))]
    public void Overlapping_ranges_on_one_day_are_rejected_naming_them(string label, string first, string second)
    {
        var options = new BusinessCalendarOptions { Hours = new() { [DayOfWeek.Tuesday] = [first, second] } };

        var error = Assert.ThrowsAny<ArgumentException>(() => new BusinessCalendar(options));

        // Either range may be named: each is only wrong in the presence of the other.
        Assert.True(
            error.Message.Contains(first, StringComparison.Ordinal) || error.Message.Contains(second, StringComparison.Ordinal),
            $"{label}: message was \"{error.Message}\"");
    }

    [Theory]
    [InlineData("unknown IANA id", "Mars/Olympus_Mons")]
    [InlineData("misspelled zone", "Europe/Berlinn")]
    [InlineData("not a zone at all", "nine to five")]
    public void Unknown_time_zone_is_rejected_naming_it(string label, string zone)
    {
        var options = new BusinessCalendarOptions { TimeZone = zone };

        var error = Assert.ThrowsAny<ArgumentException>(() => new BusinessCalendar(options));

        Assert.True(error.Message.Contains(zone, StringComparison.Ordinal), $"{label}: message was \"{error.Message}\"");
    }

    [Fact]
    public void Empty_range_string_is_rejected()
    {
        var options = new BusinessCalendarOptions { Hours = new() { [DayOfWeek.Monday] = [""] } };

        Assert.ThrowsAny<ArgumentException>(() => new BusinessCalendar(options));
    }

    [Fact]
    public void Empty_time_zone_is_rejected()
    {
        var options = new BusinessCalendarOptions { TimeZone = "" };

        Assert.ThrowsAny<ArgumentException>(() => new BusinessCalendar(options));
    }

    [Fact]
    public void Duplicate_holiday_is_rejected_naming_the_date()
    {
        var duplicate = new DateOnly(2026, 12, 24);
        var options = new BusinessCalendarOptions { Holidays = [new(2026, 12, 23), duplicate, new(2026, 12, 25), duplicate] };

        var error = Assert.ThrowsAny<ArgumentException>(() => new BusinessCalendar(options));

        // The date's spelling is the implementation's choice; any common one will do.
        string[] spellings =
        [
            duplicate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            duplicate.ToString(CultureInfo.InvariantCulture),
            duplicate.ToString(CultureInfo.CurrentCulture),
        ];
        Assert.True(spellings.Any(spelling => error.Message.Contains(spelling, StringComparison.Ordinal)), $"message was \"{error.Message}\"");
    }

    [Theory]
    [InlineData("touching ranges", "09:00-12:00,12:00-17:00")]
    [InlineData("whole day", "00:00-24:00")]
    [InlineData("ends at 24:00", "20:00-24:00")]
    [InlineData("out of order, not overlapping", "13:00-17:00,08:00-12:00")]
    [InlineData("one minute", "09:00-09:01")]
    public void Valid_hours_are_accepted(string label, string ranges)
    {
        var calendar = Calendars.Create($"Mon={ranges}");

        Assert.True(calendar.TimeZone.Id == "Europe/Berlin", label);
    }

    [Fact]
    public void Closed_days_may_be_missing_or_empty()
    {
        var options = new BusinessCalendarOptions
        {
            Hours = new() { [DayOfWeek.Monday] = [], [DayOfWeek.Tuesday] = ["09:00-10:00"] },
        };

        var calendar = new BusinessCalendar(options);

        Assert.Equal(
            TimeSpan.FromHours(1),
            calendar.BusinessTimeBetween(Instants.At("2026-06-07T00:00+02:00"), Instants.At("2026-06-14T00:00+02:00")));
    }
}
