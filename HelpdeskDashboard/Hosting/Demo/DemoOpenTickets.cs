using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Tickets;

namespace HelpdeskDashboard.Hosting.Demo;

/// <summary>
/// Open tickets placed backwards from "now" with the business calendar, so each lands in its SLA state whatever
/// weekday "now" is: running, at risk, breached, paused, opened over the weekend, answered in time or late.
/// </summary>
internal sealed class DemoOpenTickets(DemoTicketFactory factory)
{
    private DemoClock Clock => factory.Clock;

    private DateTimeOffset Now => factory.Clock.Now;

    /// <summary>Waiting for a first reply with plenty of time left; the first few arrived minutes ago.</summary>
    public void Running(Customer customer, int index, bool demoUser)
    {
        var target = TargetOf(customer);
        var elapsed = index < 4 ? factory.Between(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(90)) : target * factory.Fraction(0.05, 0.7);
        var start = Clock.Calendar.AddBusinessTime(Now, -elapsed);
        var author = factory.AuthorAt(customer, demoUser);

        if (index % 4 == 3)
        {
            // An earlier question was answered; the customer's new message restarted the clock.
            var opened = start - factory.Between(TimeSpan.FromDays(1), TimeSpan.FromDays(5));
            var agent = factory.PickAgent();
            var timeline = factory.Open(customer, author, opened);
            timeline.Assign(agent);
            timeline.ChangeStatus(opened + ((start - opened) * 0.1), TicketStatus.Open, agent);
            var replied = opened + ((start - opened) * 0.4);
            timeline.AgentReplies(replied, agent, DemoTexts.AgentReply(DemoTicketFactory.FirstName(author), factory.AgentName(agent), factory.Random));
            timeline.ChangeStatus(replied, TicketStatus.WaitingOnCustomer, agent);
            timeline.CustomerWrites(start, author.Id, DemoTexts.CustomerFollowUp(author.DisplayName, factory.Random));
            return;
        }

        WaitingForFirstReply(factory.Open(customer, author, start));
    }

    /// <summary>Little business time left before the due instant (3 to 12 % of the target).</summary>
    public void AtRisk(Customer customer, bool demoUser)
    {
        var target = TargetOf(customer);
        var left = target * factory.Fraction(0.03, 0.12);
        var start = Clock.Calendar.AddBusinessTime(Now, -(target - left));
        WaitingForFirstReply(factory.Open(customer, factory.AuthorAt(customer, demoUser), start));
    }

    /// <summary>No reply and the target used up by between one and forty business hours.</summary>
    public void Breached(Customer customer)
    {
        var target = TargetOf(customer);
        var over = factory.Between(TimeSpan.FromHours(1), TimeSpan.FromHours(40));
        var start = Clock.Calendar.AddBusinessTime(Now, -(target + over));
        WaitingForFirstReply(factory.Open(customer, factory.AuthorAt(customer), start));
    }

    /// <summary>The clock ran for part of the target, then the agent set waiting-on-customer or on-hold.</summary>
    public void Paused(Customer customer, TicketStatus pausedStatus, bool demoUser)
    {
        var target = TargetOf(customer);
        var pausedAt = Now - factory.Between(TimeSpan.FromHours(2), TimeSpan.FromDays(5));
        var start = Clock.Calendar.AddBusinessTime(pausedAt, -(target * factory.Fraction(0.1, 0.8)));
        var author = factory.AuthorAt(customer, demoUser);
        var agent = factory.PickAgent();
        var timeline = factory.Open(customer, author, start);
        timeline.Assign(agent);
        timeline.ChangeStatus(start + ((pausedAt - start) * 0.2), TicketStatus.Open, agent);
        var note = pausedStatus == TicketStatus.OnHold
            ? DemoTexts.HoldNote(factory.Random)
            : DemoTexts.PauseNote(DemoTicketFactory.FirstName(author), factory.Random);
        timeline.InternalNote(pausedAt, agent, note);
        timeline.ChangeStatus(pausedAt, pausedStatus, agent);
    }

    /// <summary>
    /// Opened on a Friday evening or a Saturday. The most recent weekend's tickets still wait (their due instants
    /// skip the weekend); the weekend before was answered on Monday morning.
    /// </summary>
    public void OverWeekend(Customer customer, DayOfWeek day, bool mostRecentWeekend)
    {
        var (from, hours) = day == DayOfWeek.Friday ? (new TimeOnly(18, 0), 4.5) : (new TimeOnly(8, 0), 12.0);
        var date = LatestBefore(day, from.AddHours(hours));
        if (!mostRecentWeekend)
        {
            date = date.AddDays(-7);
        }

        var start = Clock.AtCompanyTime(date, from) + TimeSpan.FromHours(hours * factory.Random.NextDouble());
        var author = factory.AuthorAt(customer);
        var timeline = factory.Open(customer, author, start);
        if (mostRecentWeekend)
        {
            return;
        }

        var monday = date.AddDays(day == DayOfWeek.Friday ? 3 : 2);
        var replied = Clock.AtCompanyTime(monday, new TimeOnly(8, 0)) + factory.Between(TimeSpan.Zero, TimeSpan.FromHours(3));
        AnswerAt(timeline, replied, author);
    }

    /// <summary>A Basic customer's request: no SLA, so no target and no due instant.</summary>
    public void WithoutSla(Customer customer, bool demoUser)
    {
        var start = Now - factory.Between(TimeSpan.FromHours(2), TimeSpan.FromDays(20));
        var author = factory.AuthorAt(customer, demoUser);
        var timeline = factory.Open(customer, author, start);
        var roll = factory.Random.NextDouble();
        if (roll < 0.4)
        {
            return;
        }

        var agent = factory.PickAgent();
        timeline.Assign(agent);
        var openedAt = factory.Between(start, Now);
        timeline.ChangeStatus(openedAt, TicketStatus.Open, agent);
        if (roll < 0.7)
        {
            timeline.InternalNote(openedAt, agent, DemoTexts.InternalNote(factory.Random));
            return;
        }

        var replied = factory.Between(openedAt, Now);
        timeline.AgentReplies(replied, agent, DemoTexts.AgentReply(DemoTicketFactory.FirstName(author), factory.AgentName(agent), factory.Random));
        timeline.ChangeStatus(replied, TicketStatus.WaitingOnCustomer, agent);
    }

    /// <summary>An agent replied after <paramref name="fractionOfTarget"/> of the target (above 1 means late).</summary>
    public void Answered(Customer customer, double fractionOfTarget, TimeSpan repliedAgo, bool demoUser)
    {
        var target = TargetOf(customer);
        var replied = Now - repliedAgo;
        var start = Clock.Calendar.AddBusinessTime(replied, -(target * fractionOfTarget));
        var author = factory.AuthorAt(customer, demoUser);
        AnswerAt(factory.Open(customer, author, start), replied, author);
    }

    /// <summary>A long-running engagement opened before the six months of time entries, answered in time.</summary>
    public DemoTicketTimeline LongRunning(Customer customer, DateTimeOffset start)
    {
        var author = factory.AuthorAt(customer, preferDemoUser: true);
        var timeline = factory.Open(customer, author, start, TicketKind.ChangeRequest);
        var replied = Clock.Calendar.AddBusinessTime(start, TargetOf(customer, start) * factory.Fraction(0.1, 0.6));
        AnswerAt(timeline, replied, author, keepOpen: true);
        return timeline;
    }

    private void AnswerAt(DemoTicketTimeline timeline, DateTimeOffset replied, CustomerUser author, bool keepOpen = false)
    {
        var start = new DateTimeOffset(timeline.Ticket.CreatedUtcTicks, TimeSpan.Zero);
        var agent = factory.PickAgent();
        timeline.Assign(agent);
        timeline.ChangeStatus(start + ((replied - start) * 0.25), TicketStatus.Open, agent);
        timeline.AgentReplies(replied, agent, DemoTexts.AgentReply(DemoTicketFactory.FirstName(author), factory.AgentName(agent), factory.Random));
        if (!keepOpen && factory.Chance(0.5))
        {
            timeline.ChangeStatus(replied, TicketStatus.WaitingOnCustomer, agent);
        }
        else if (factory.Chance(0.5))
        {
            timeline.InternalNote(replied + ((Now - replied) * 0.5), agent, DemoTexts.InternalNote(factory.Random));
        }
    }

    private void WaitingForFirstReply(DemoTicketTimeline timeline)
    {
        var start = new DateTimeOffset(timeline.Ticket.CreatedUtcTicks, TimeSpan.Zero);
        var roll = factory.Random.NextDouble();
        if (roll < 0.4)
        {
            return; // nobody picked it up yet
        }

        var agent = factory.PickAgent();
        timeline.Assign(agent);
        if (roll < 0.6)
        {
            return;
        }

        var openedAt = start + ((Now - start) * 0.3);
        timeline.ChangeStatus(openedAt, TicketStatus.Open, agent);
        if (factory.Chance(0.5))
        {
            timeline.InternalNote(openedAt, agent, DemoTexts.InternalNote(factory.Random));
        }
    }

    private TimeSpan TargetOf(Customer customer) => TargetOf(customer, Now);

    private TimeSpan TargetOf(Customer customer, DateTimeOffset at) =>
        DemoTierRules.ResponseTarget(factory.Tiers.At(customer.Id, at))
        ?? throw new InvalidOperationException($"{customer.CompanyName} has no response target at {at:O}; SLA scenarios need Gold or Platinum customers.");

    /// <summary>The latest date with that weekday whose <paramref name="endOfWindow"/> is already past.</summary>
    private DateOnly LatestBefore(DayOfWeek day, TimeOnly endOfWindow)
    {
        var date = Clock.Today;
        while (date.DayOfWeek != day || Clock.AtCompanyTime(date, endOfWindow) > Now)
        {
            date = date.AddDays(-1);
        }

        return date;
    }
}
