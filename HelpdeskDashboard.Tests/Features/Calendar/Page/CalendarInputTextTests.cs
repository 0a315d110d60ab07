using HelpdeskDashboard.Features.Calendar;
using HelpdeskDashboard.Features.Sla;

namespace HelpdeskDashboard.Tests.Features.Calendar.Page;

/// <summary>The page's two text helpers as labelled tables: a weekday's hours field, and a date and time typed in a zone.</summary>
public sealed class CalendarInputTextTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static TheoryData<string, string?, string[]> HoursTexts => new()
    {
        { "null is closed", null, [] },
        { "empty is closed", "", [] },
        { "spaces only are closed", "   ", [] },
        { "commas only are closed", " , ,", [] },
        { "one range", "09:00-17:00", ["09:00-17:00"] },
        { "spaces around ranges and commas are dropped", " 09:00-12:00 ,13:00-17:00 ", ["09:00-12:00", "13:00-17:00"] },
        { "an empty part between commas is skipped", "09:00-12:00,,13:00-17:00", ["09:00-12:00", "13:00-17:00"] },
        { "ranges are kept as typed for the rules to judge", "9-5, 25:00-26:00", ["9-5", "25:00-26:00"] },
        { "order is kept", "13:00-17:00, 09:00-12:00", ["13:00-17:00", "09:00-12:00"] },
    };

    [Theory]
    [MemberData(nameof(HoursTexts))]
    public void A_weekdays_field_splits_into_its_ranges(string label, string? text, string[] expected)
    {
        Assert.True(expected.SequenceEqual(WeeklyHoursText.Parse(text)), $"{label}: [{string.Join("; ", WeeklyHoursText.Parse(text))}]");
    }

    public static TheoryData<string, string[]?, string> FormattedHours => new()
    {
        { "no list is closed, an empty field", null, "" },
        { "an empty list is closed, an empty field", [], "" },
        { "one range", ["09:00-17:00"], "09:00-17:00" },
        { "several ranges joined by a comma and a space, trimmed", [" 09:00-12:00", "13:00-17:00 "], "09:00-12:00, 13:00-17:00" },
    };

    [Theory]
    [MemberData(nameof(FormattedHours))]
    public void A_weekdays_ranges_show_in_one_field_and_read_back_the_same(string label, string[]? ranges, string expected)
    {
        var text = WeeklyHoursText.Format(ranges);

        Assert.True(expected == text, $"{label}: '{text}'");
        Assert.True((ranges ?? []).Select(r => r.Trim()).SequenceEqual(WeeklyHoursText.Parse(text)), $"{label}: read back");
    }

    public static TheoryData<string, DateOnly, string?, DateTimeOffset> Instants => new()
    {
        { "winter: +01:00", new(2026, 3, 20), "09:30", new(2026, 3, 20, 9, 30, 0, TimeSpan.FromHours(1)) },
        { "an hour without a leading zero", new(2026, 3, 20), "9:00", new(2026, 3, 20, 9, 0, 0, TimeSpan.FromHours(1)) },
        { "spaces around the time", new(2026, 3, 20), " 14:30 ", new(2026, 3, 20, 14, 30, 0, TimeSpan.FromHours(1)) },
        { "midnight", new(2026, 3, 20), "00:00", new(2026, 3, 20, 0, 0, 0, TimeSpan.FromHours(1)) },
        { "summer: +02:00", new(2026, 7, 1), "12:00", new(2026, 7, 1, 12, 0, 0, TimeSpan.FromHours(2)) },
        { "just before the skipped hour", new(2027, 3, 28), "01:59", new(2027, 3, 28, 1, 59, 0, TimeSpan.FromHours(1)) },
        { "just after the skipped hour", new(2027, 3, 28), "03:00", new(2027, 3, 28, 3, 0, 0, TimeSpan.FromHours(2)) },
        { "twice on 31 Oct 2027: the first, still +02:00", new(2027, 10, 31), "02:30", new(2027, 10, 31, 2, 30, 0, TimeSpan.FromHours(2)) },
        { "after the repeated hour: +01:00", new(2027, 10, 31), "03:00", new(2027, 10, 31, 3, 0, 0, TimeSpan.FromHours(1)) },
    };

    [Theory]
    [MemberData(nameof(Instants))]
    public void A_date_and_time_typed_in_Berlin_is_this_instant(string label, DateOnly date, string? time, DateTimeOffset expected)
    {
        var parsed = LocalTimeInput.TryParse(date, time, Berlin, out var instant, out var error);

        Assert.True(parsed, $"{label}: {error}");
        Assert.True(expected == instant && expected.Offset == instant.Offset, $"{label}: {instant:O}");
        Assert.Equal("", error);
    }

    public static TheoryData<string, DateOnly, string?, string> Refused => new()
    {
        { "no time", new(2026, 3, 20), null, "'' is not a time of day like 09:00." },
        { "empty", new(2026, 3, 20), "", "'' is not a time of day like 09:00." },
        { "an hour past 23", new(2026, 3, 20), "25:00", "'25:00' is not a time of day like 09:00." },
        { "24:00 is no time of day", new(2026, 3, 20), "24:00", "'24:00' is not a time of day like 09:00." },
        { "seconds", new(2026, 3, 20), "09:00:00", "'09:00:00' is not a time of day like 09:00." },
        { "a word", new(2026, 3, 20), "noon", "'noon' is not a time of day like 09:00." },
        { "skipped when the clocks spring forward on 28 Mar 2027", new(2027, 3, 28), "02:30", "2027-03-28 02:30 does not exist in Berlin: the clocks skip it." },
        { "the first skipped minute", new(2027, 3, 28), "02:00", "2027-03-28 02:00 does not exist in Berlin: the clocks skip it." },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_time_that_is_no_instant_in_Berlin_is_refused_with_why(string label, DateOnly date, string? time, string message)
    {
        var parsed = LocalTimeInput.TryParse(date, time, Berlin, out var instant, out var error);

        Assert.False(parsed, label);
        Assert.True(message == error, $"{label}: {error}");
        Assert.Equal(default, instant);
    }
}
