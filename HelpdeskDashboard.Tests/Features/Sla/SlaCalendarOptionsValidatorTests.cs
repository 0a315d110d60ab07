using HelpdeskDashboard.Features.Sla;

namespace HelpdeskDashboard.Tests.Features.Sla;

/// <summary>The "BusinessCalendar" section validator; lives with the SLA tests because the SLA feature registers it.</summary>
public sealed class SlaCalendarOptionsValidatorTests
{
    private readonly BusinessCalendarOptionsValidator _validator = new();

    public static TheoryData<string, Action<BusinessCalendarOptions>, string, string> BadOptions => new()
    {
        { "unknown zone", o => o.TimeZone = "Mars/Olympus", "TimeZone", "Mars/Olympus" },
        { "empty zone", o => o.TimeZone = "", "TimeZone", "not a time zone" },
        { "range without minutes", o => o.Hours[DayOfWeek.Monday] = ["9-17"], "Hours[Monday][0]", "'9-17'" },
        { "range ending before it starts", o => o.Hours[DayOfWeek.Tuesday] = ["09:00-17:00", "18:00-08:00"], "Hours[Tuesday][1]", "'18:00-08:00'" },
        { "hour past 24", o => o.Hours[DayOfWeek.Friday] = ["09:00-25:00"], "Hours[Friday][0]", "'09:00-25:00'" },
        { "overlapping ranges", o => o.Hours[DayOfWeek.Wednesday] = ["13:00-18:00", "09:00-14:00"], "Hours[Wednesday]", "09:00-14:00 and 13:00-18:00 overlap" },
        { "no opening hours at all", o => o.Hours = [], "Hours", "At least one weekday" },
        { "holiday outside the supported years", o => o.Holidays = [new(2026, 12, 24), new(1999, 12, 24)], "Holidays[1]", "outside the supported years 2000–2099" },
        { "holiday listed twice", o => o.Holidays = [new(2026, 12, 24), new(2026, 12, 25), new(2026, 12, 24)], "Holidays[2]", "2026-12-24" },
        { "day that is no weekday, caught by building the calendar", o => o.Hours[(DayOfWeek)9] = ["09:00-17:00"], "", "'9' is not a day of the week" },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void Bad_calendar_settings_are_rejected_with_a_message_naming_the_setting(
        string label, Action<BusinessCalendarOptions> spoil, string setting, string messagePart)
    {
        var options = new BusinessCalendarOptions();
        spoil(options);

        var result = _validator.Validate(options);

        var error = Assert.Single(result.Errors);
        Assert.True(setting == error.PropertyName, $"{label}: {error.PropertyName}");
        Assert.Contains(messagePart, error.ErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_mistakes_are_all_reported_at_once()
    {
        var options = new BusinessCalendarOptions { TimeZone = "Nowhere/Special", Holidays = [new(2026, 1, 1), new(2026, 1, 1)] };
        options.Hours[DayOfWeek.Monday] = ["nine to five"];

        var result = _validator.Validate(options);

        Assert.Equal(["TimeZone", "Hours[Monday][0]", "Holidays[1]"], result.Errors.Select(e => e.PropertyName));
    }

    public static TheoryData<string, Action<BusinessCalendarOptions>> GoodOptions => new()
    {
        { "the defaults", _ => { } },
        { "office hours with a lunch break that touches", o => o.Hours[DayOfWeek.Monday] = ["09:00-12:00", "12:00-17:00"] },
        { "a closed day given as an empty list", o => o.Hours[DayOfWeek.Friday] = [] },
        { "another zone and holidays", o => { o.TimeZone = "America/New_York"; o.Holidays = [new(2026, 7, 4), new(2026, 12, 25)]; } },
    };

    [Theory]
    [MemberData(nameof(GoodOptions))]
    public void Sound_calendar_settings_are_accepted(string label, Action<BusinessCalendarOptions> adjust)
    {
        var options = new BusinessCalendarOptions();
        adjust(options);

        var result = _validator.Validate(options);

        Assert.True(result.IsValid, $"{label}: {string.Join("; ", result.Errors)}");
    }
}
