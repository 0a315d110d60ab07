using HelpdeskDashboard.Features.Billing;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Platform.Time;
using Microsoft.Extensions.Time.Testing;

namespace HelpdeskDashboard.Tests.Features.Billing;

public sealed class NewTimeEntryValidatorTests
{
    /// <summary>22:30 UTC on 13 May is already 00:30 on 14 May in Berlin, the company's zone.</summary>
    private static readonly DateTimeOffset Now = new(2026, 5, 13, 22, 30, 0, TimeSpan.Zero);

    private static readonly DateOnly CompanyToday = new(2026, 5, 14);

    private static readonly BusinessCalendar Calendar = new(new BusinessCalendarOptions());

    private static readonly Dictionary<string, Action<NewTimeEntry>> Changes = new()
    {
        ["zero minutes"] = e => e.Minutes = 0,
        ["negative minutes"] = e => e.Minutes = -30,
        ["more than a day"] = e => e.Minutes = 1441,
        ["tomorrow in the company's zone"] = e => e.WorkDate = CompanyToday.AddDays(1),
        ["note one character too long"] = e => e.Note = new string('n', 1001),
        ["no ticket"] = e => e.TicketId = 0,
        ["no agent"] = e => e.AgentId = 0,
    };

    public static TheoryData<string, string, string> Invalid => new()
    {
        { "zero minutes", nameof(NewTimeEntry.Minutes), "Minutes must be between 1 and 1440 (one day); 0 was given." },
        { "negative minutes", nameof(NewTimeEntry.Minutes), "Minutes must be between 1 and 1440 (one day); -30 was given." },
        { "more than a day", nameof(NewTimeEntry.Minutes), "Minutes must be between 1 and 1440 (one day); 1441 was given." },
        { "tomorrow in the company's zone", nameof(NewTimeEntry.WorkDate), "The work date 2026-05-15 is in the future; time can only be logged for today or earlier." },
        { "note one character too long", nameof(NewTimeEntry.Note), "The note can be at most 1000 characters; it has 1001." },
        { "no ticket", nameof(NewTimeEntry.TicketId), "Choose the ticket the work was for." },
        { "no agent", nameof(NewTimeEntry.AgentId), "Choose the agent who did the work." },
    };

    public static TheoryData<string, int, int> ValidEdges => new()
    {
        { "one minute today (already 14 May in Berlin)", 1, 0 },
        { "a full day yesterday", 1440, -1 },
        { "an hour a year ago", 60, -365 },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_with_a_message_that_says_what_to_fix(string label, string property, string message)
    {
        var entry = Valid();
        Changes[label](entry);

        var result = Validator().Validate(entry);

        var error = Assert.Single(result.Errors);
        Assert.Equal(property, error.PropertyName);
        Assert.Equal(message, error.ErrorMessage);
    }

    [Theory]
    [MemberData(nameof(ValidEdges))]
    public void Accepts_entries_at_the_edges(string label, int minutes, int daysFromToday)
    {
        var entry = Valid();
        entry.Minutes = minutes;
        entry.WorkDate = CompanyToday.AddDays(daysFromToday);

        var result = Validator().Validate(entry);

        Assert.True(result.IsValid, $"{label}: {string.Join("; ", result.Errors)}");
    }

    private static NewTimeEntryValidator Validator() => new(new CompanyClock(Calendar.TimeZone, new FakeTimeProvider(Now)));

    private static NewTimeEntry Valid() => new()
    {
        TicketId = 1,
        AgentId = 1,
        WorkDate = CompanyToday,
        Minutes = 45,
        Note = new string('n', 1000),
    };
}
