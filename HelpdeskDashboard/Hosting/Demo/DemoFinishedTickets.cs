using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Tickets;

namespace HelpdeskDashboard.Hosting.Demo;

/// <summary>
/// Resolved and closed tickets, played forward from their creation: first reply (mostly in time), sometimes a
/// second round with the customer, an internal note, the resolution and, for closed ones, the automatic close.
/// A step that would lie in the future is left out, so odd calendars (many holidays) cannot produce future events.
/// </summary>
internal sealed class DemoFinishedTickets(DemoTicketFactory factory)
{
    private static readonly TimeSpan NoSlaReplyMin = TimeSpan.FromHours(1);
    private static readonly TimeSpan NoSlaReplyMax = TimeSpan.FromHours(48);

    private DateTimeOffset Now => factory.Clock.Now;

    public void Play(Customer customer, DateTimeOffset start, bool close, bool demoUser)
    {
        var author = factory.AuthorAt(customer, demoUser);
        var timeline = factory.Open(customer, author, start);
        var agent = PickAgent(start);
        timeline.Assign(agent);

        var replied = Reply(timeline, start, late: factory.Chance(0.15));
        if (replied > Now)
        {
            return;
        }

        timeline.ChangeStatus(start + ((replied - start) * 0.2), TicketStatus.Open, agent);
        timeline.AgentReplies(replied, agent, DemoTexts.AgentReply(DemoTicketFactory.FirstName(author), factory.AgentName(agent), factory.Random));
        var last = replied;

        if (factory.Chance(0.5))
        {
            var followUp = last + factory.Between(TimeSpan.FromHours(2), TimeSpan.FromDays(3));
            var answered = Reply(timeline, followUp, late: false);
            if (answered > Now)
            {
                return;
            }

            timeline.ChangeStatus(last, TicketStatus.WaitingOnCustomer, agent);
            timeline.CustomerWrites(followUp, author.Id, DemoTexts.CustomerFollowUp(author.DisplayName, factory.Random));
            timeline.AgentReplies(answered, agent, DemoTexts.AgentReply(DemoTicketFactory.FirstName(author), factory.AgentName(agent), factory.Random));
            last = answered;
        }

        if (factory.Chance(0.3))
        {
            timeline.InternalNote(last, agent, DemoTexts.InternalNote(factory.Random));
        }

        var resolved = last + factory.Between(TimeSpan.FromHours(1), TimeSpan.FromDays(2));
        if (resolved > Now)
        {
            return;
        }

        timeline.AgentReplies(resolved, agent, DemoTexts.Resolution(DemoTicketFactory.FirstName(author), factory.AgentName(agent), factory.Random));
        timeline.ChangeStatus(resolved, TicketStatus.Resolved, agent);

        var closed = resolved + factory.Between(TimeSpan.FromDays(3), TimeSpan.FromDays(7));
        if (close && closed <= Now)
        {
            timeline.SystemNote(closed, DemoTexts.AutoClose);
            timeline.ChangeStatus(closed, TicketStatus.Closed, byAgentId: null);
        }
    }

    /// <summary>When the agent answers the message that started the clock at <paramref name="from"/>.</summary>
    private DateTimeOffset Reply(DemoTicketTimeline timeline, DateTimeOffset from, bool late)
    {
        var calendar = factory.Clock.Calendar;
        if (timeline.Ticket.ResponseTargetTicks is not { } targetTicks)
        {
            return calendar.AddBusinessTime(from, factory.Between(NoSlaReplyMin, NoSlaReplyMax));
        }

        var target = new TimeSpan(targetTicks);
        var used = late ? target + factory.Between(TimeSpan.FromHours(1), TimeSpan.FromHours(30)) : target * factory.Fraction(0.05, 0.9);
        return calendar.AddBusinessTime(from, used);
    }

    /// <summary>The agent who left the team only appears on tickets from before he left.</summary>
    private int PickAgent(DateTimeOffset start)
    {
        var inactive = factory.InactiveAgentId;
        return inactive is { } id && start < Now.AddDays(-90) && factory.Chance(0.2) ? id : factory.PickAgent();
    }
}
