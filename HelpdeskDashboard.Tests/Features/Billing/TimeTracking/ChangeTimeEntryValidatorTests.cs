using HelpdeskDashboard.Features.Billing.TimeTracking;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Platform.Time;
using Microsoft.Extensions.Time.Testing;

namespace HelpdeskDashboard.Tests.Features.Billing.TimeTracking;

public sealed class ChangeTimeEntryValidatorTests
{
    // 23:30 UTC on Wednesday is already Thursday 01:30 in Berlin: Thursday is "today" for the company.
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 5, 13, 23, 30, 0, TimeSpan.Zero));
    private static readonly ChangeTimeEntryValidator Validator = new(new CompanyClock(new BusinessCalendar(new BusinessCalendarOptions()).TimeZone, Time));

    public static TheoryData<string, ChangeTimeEntry, string?> Cases => new()
    {
        { "a valid correction", new(1, new DateOnly(2026, 5, 13), 90, "Call", true), null },
        { "today in the company's zone although UTC is still yesterday", new(1, new DateOnly(2026, 5, 14), 30, "", true), null },
        { "0 minutes", new(1, new DateOnly(2026, 5, 13), 0, "", true), "Minutes must be between 1 and 1440 (one day); 0 was given." },
        { "over 24 h", new(1, new DateOnly(2026, 5, 13), 1441, "", true), "Minutes must be between 1 and 1440 (one day); 1441 was given." },
        { "the company's tomorrow", new(1, new DateOnly(2026, 5, 15), 30, "", true), "The work date 2026-05-15 is in the future; time can only be logged for today or earlier." },
        { "a note of 1,001 characters", new(1, new DateOnly(2026, 5, 13), 30, new string('n', 1001), true), "The note can be at most 1000 characters; it has 1001." },
        { "no entry", new(0, new DateOnly(2026, 5, 13), 30, "", true), "Choose the entry to correct." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Corrections_obey_the_same_rules_as_new_entries(string label, ChangeTimeEntry change, string? error)
    {
        _ = label;
        var result = Validator.Validate(change);

        Assert.Equal(error, result.Errors.Select(e => e.ErrorMessage).SingleOrDefault());
    }

    [Theory]
    [InlineData("a second counts as a started minute", 1, 1)]
    [InlineData("exactly 30 minutes", 30 * 60, 30)]
    [InlineData("30 minutes and a second", 30 * 60 + 1, 31)]
    [InlineData("a timer left running over two days stops at one day", 48 * 3600, 1440)]
    public void The_stopwatch_fills_in_started_minutes(string label, int seconds, int minutes)
    {
        _ = label;
        Assert.Equal(minutes, TimeEntryStopwatch.StopwatchMinutes(TimeSpan.FromSeconds(seconds)));
    }
}
