using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tiers;

namespace HelpdeskDashboard.Hosting.Demo;

/// <summary>What every demo ticket scenario needs: picking people, opening a ticket, random spans.</summary>
internal sealed class DemoTicketFactory(DemoClock clock, Random random, DemoDataSet data, DemoTierLookup tiers)
{
    private readonly int[] _activeAgents = data.Agents.Where(a => a.IsActive).Select(a => a.Id).ToArray();

    public int? InactiveAgentId { get; } = data.Agents.FirstOrDefault(a => !a.IsActive)?.Id;

    public DemoClock Clock => clock;

    public Random Random => random;

    public DemoTierLookup Tiers => tiers;

    /// <summary>Opens a ticket with the customer's first message; the clock starts at <paramref name="at"/>.</summary>
    public DemoTicketTimeline Open(Customer customer, CustomerUser author, DateTimeOffset at, TicketKind? kind = null)
    {
        var tier = tiers.At(customer.Id, at);
        var ticketKind = kind ?? KindFor(tier);
        var ticket = new Ticket
        {
            CustomerId = customer.Id,
            Subject = DemoTexts.Subject(ticketKind, random),
            Kind = ticketKind,
            Status = TicketStatus.New,
            Priority = DemoTierRules.PriorityRank(tier),
            CreatedUtcTicks = at.UtcTicks,
            UpdatedUtcTicks = at.UtcTicks,
        };
        var timeline = new DemoTicketTimeline(ticket, clock.Calendar, instant => DemoTierRules.ResponseTarget(tiers.At(customer.Id, instant)));
        timeline.CustomerWrites(at, author.Id, DemoTexts.Opening(author.DisplayName, random));
        data.Tickets.Add(ticket);
        return timeline;
    }

    public CustomerUser AuthorAt(Customer customer, bool preferDemoUser = false)
    {
        var users = data.CustomerUsers.Where(u => u.CustomerId == customer.Id).ToList();
        var demoUser = users.FirstOrDefault(u => u.Email.EndsWith("@demo.local", StringComparison.Ordinal));
        return preferDemoUser && demoUser is not null ? demoUser : users[random.Next(users.Count)];
    }

    /// <summary>Alex Agent (the demo sign-in) gets the biggest share so the agent's queue is interesting.</summary>
    public int PickAgent()
    {
        var pick = random.Next(_activeAgents.Length + 3);
        return pick < 4 ? _activeAgents[0] : _activeAgents[pick - 3];
    }

    public string AgentName(int agentId) => data.Agents.First(a => a.Id == agentId).DisplayName;

    public static string FirstName(CustomerUser user) => user.DisplayName.Split(' ')[0];

    public TimeSpan Between(TimeSpan min, TimeSpan max) => min + ((max - min) * random.NextDouble());

    public double Fraction(double min, double max) => min + ((max - min) * random.NextDouble());

    public DateTimeOffset Between(DateTimeOffset from, DateTimeOffset to) => from + ((to - from) * random.NextDouble());

    public bool Chance(double probability) => random.NextDouble() < probability;

    private TicketKind KindFor(Tier tier)
    {
        var roll = random.NextDouble();
        return tier == Tier.Basic
            ? roll < 0.6 ? TicketKind.PaidSupportRequest : roll < 0.85 ? TicketKind.NewProjectRequest : TicketKind.ChangeRequest
            : roll < 0.75 ? TicketKind.SupportInquiry : roll < 0.9 ? TicketKind.ChangeRequest : TicketKind.NewProjectRequest;
    }
}
