using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.Workflow;

namespace HelpdeskDashboard.Tests.Features.Tickets.Workflow;

public sealed class TicketStatusRulesTests
{
    private const TicketStatus New = TicketStatus.New;
    private const TicketStatus Open = TicketStatus.Open;
    private const TicketStatus Waiting = TicketStatus.WaitingOnCustomer;
    private const TicketStatus Hold = TicketStatus.OnHold;
    private const TicketStatus Resolved = TicketStatus.Resolved;
    private const TicketStatus Closed = TicketStatus.Closed;

    /// <summary>Every status a ticket may move to from each status; everything else is refused.</summary>
    public static TheoryData<string, TicketStatus, TicketStatus[]> Allowed => new()
    {
        { "a new ticket goes anywhere but back to New", New, [Open, Waiting, Hold, Resolved, Closed] },
        { "an open ticket", Open, [Waiting, Hold, Resolved, Closed] },
        { "a ticket waiting on the customer", Waiting, [Open, Hold, Resolved, Closed] },
        { "a ticket on hold", Hold, [Open, Waiting, Resolved, Closed] },
        { "a resolved ticket is reopened or closed", Resolved, [Open, Closed] },
        { "a closed ticket is only reopened", Closed, [Open] },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Allows_exactly_the_listed_transitions(string label, TicketStatus from, TicketStatus[] allowed)
    {
        var actuallyAllowed = Enum.GetValues<TicketStatus>().Where(to => TicketStatusRules.WhyNot(from, to) is null).ToArray();

        Assert.True(allowed.SequenceEqual(actuallyAllowed), $"{label}: allowed {string.Join(", ", actuallyAllowed)}");
    }

    [Fact]
    public void Refusal_says_why_in_the_statuses_own_words()
    {
        Assert.Equal("The ticket is already Waiting on customer.", TicketStatusRules.WhyNot(Waiting, Waiting));
        Assert.Equal("A resolved ticket can only be reopened (Open) or closed, not set to On hold.", TicketStatusRules.WhyNot(Resolved, Hold));
    }
}
