using HelpdeskDashboard.Features.Billing.TimeTracking;

namespace HelpdeskDashboard.Tests.Features.Billing.TimeTracking;

public sealed class TimeSpentInputTests
{
    public static TheoryData<string, string?, int?, string?> Inputs => new()
    {
        // label, typed, minutes (null: refused), error
        { "whole minutes", "90", 90, null },
        { "hours and minutes", "1:30", 90, null },
        { "minutes only after the colon", "0:05", 5, null },
        { "surrounding spaces", " 2:00 ", 120, null },
        { "nothing typed", "", null, "Enter the time spent." },
        { "nothing at all", null, null, "Enter the time spent." },
        { "zero", "0", null, "The time spent must be more than zero minutes." },
        { "zero hours and minutes", "0:00", null, "The time spent must be more than zero minutes." },
        { "sixty minutes after a colon", "1:60", null, "'1:60' is not a time: write minutes (90) or hours and minutes (1:30)." },
        { "one minute digit", "1:5", null, "'1:5' is not a time: write minutes (90) or hours and minutes (1:30)." },
        { "negative", "-5", null, "'-5' is not a time: write minutes (90) or hours and minutes (1:30)." },
        { "decimal hours", "1.5", null, "'1.5' is not a time: write minutes (90) or hours and minutes (1:30)." },
        { "words", "an hour", null, "'an hour' is not a time: write minutes (90) or hours and minutes (1:30)." },
        { "seconds", "1:00:00", null, "'1:00:00' is not a time: write minutes (90) or hours and minutes (1:30)." },
        { "too large", "99999999999", null, "'99999999999' is not a time: write minutes (90) or hours and minutes (1:30)." },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Typed_time_becomes_minutes_or_a_reason(string label, string? typed, int? minutes, string? error)
    {
        var accepted = TimeSpentInput.TryParseMinutes(typed, out var parsed, out var message);

        Assert.True((minutes is not null, minutes ?? 0, error) == (accepted, parsed, message), $"{label}: got {accepted}, {parsed}, {message}");
    }

    [Theory]
    [InlineData(5, "0:05")]
    [InlineData(90, "1:30")]
    [InlineData(600, "10:00")]
    public void Minutes_read_as_hours_and_minutes(int minutes, string expected) => Assert.Equal(expected, TimeSpentInput.Format(minutes));
}
