using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tiers;

namespace HelpdeskDashboard.Hosting.Demo;

/// <summary>
/// Creates the 300 demo tickets, a fixed number per SLA situation, then numbers tickets by creation time.
/// SLA situations use customers whose tier did not change since last quarter, so the target at the ticket's
/// start is the one the placement assumed.
/// </summary>
internal sealed class DemoTicketBuilder(DemoClock clock, Random random, DemoDataSet data, DemoTierLookup tiers)
{
    public const int Running = 28;
    public const int AtRisk = 12;
    public const int Breached = 12;
    public const int WaitingOnCustomer = 12;
    public const int OnHold = 8;
    public const int FridayEvening = 8;
    public const int Saturday = 8;
    public const int WithoutSla = 24;
    public const int AnsweredInTime = 36;
    public const int AnsweredLate = 10;
    public const int Resolved = 60;
    public const int Closed = 82;

    public const int Total = Running + AtRisk + Breached + WaitingOnCustomer + OnHold + FridayEvening + Saturday
        + WithoutSla + AnsweredInTime + AnsweredLate + Resolved + Closed;

    /// <summary>Tickets of heavy users on which their monthly hours are logged.</summary>
    public List<Ticket> LongRunningTickets { get; } = [];

    public void Build()
    {
        var factory = new DemoTicketFactory(clock, random, data, tiers);
        var open = new DemoOpenTickets(factory);
        var finished = new DemoFinishedTickets(factory);
        var goldDemo = data.Customers[DemoCompanies.GoldDemoCustomer];
        var basicDemo = data.Customers[DemoCompanies.BasicDemoCustomer];
        var paid = StableCustomers(tier => tier != Tier.Basic);
        var basic = StableCustomers(tier => tier == Tier.Basic);

        for (var i = 0; i < Running; i++)
        {
            open.Running(i == 4 ? goldDemo : PickWeighted(paid), i, demoUser: i == 4);
        }

        for (var i = 0; i < AtRisk; i++)
        {
            open.AtRisk(i == 0 ? goldDemo : PickWeighted(paid), demoUser: i == 0);
        }

        for (var i = 0; i < Breached; i++)
        {
            open.Breached(PickWeighted(paid));
        }

        for (var i = 0; i < WaitingOnCustomer; i++)
        {
            open.Paused(i == 0 ? goldDemo : PickWeighted(paid), TicketStatus.WaitingOnCustomer, demoUser: i == 0);
        }

        for (var i = 0; i < OnHold; i++)
        {
            open.Paused(PickWeighted(paid), TicketStatus.OnHold, demoUser: false);
        }

        for (var i = 0; i < FridayEvening; i++)
        {
            open.OverWeekend(PickWeighted(paid), DayOfWeek.Friday, mostRecentWeekend: i < FridayEvening / 2);
        }

        for (var i = 0; i < Saturday; i++)
        {
            open.OverWeekend(PickWeighted(paid), DayOfWeek.Saturday, mostRecentWeekend: i < Saturday / 2);
        }

        for (var i = 0; i < WithoutSla; i++)
        {
            open.WithoutSla(i == 0 ? basicDemo : basic[random.Next(basic.Count)], demoUser: i == 0);
        }

        var longRunningStart = clock.StartOfDay(clock.MonthStart(5)).AddDays(-3).AddHours(10);
        var heavy = data.Customers.Where((_, index) => DemoCompanies.All[index].HeavyUser).ToList();
        foreach (var customer in heavy)
        {
            LongRunningTickets.Add(open.LongRunning(customer, longRunningStart).Ticket);
        }

        for (var i = heavy.Count; i < AnsweredInTime; i++)
        {
            var demoUser = i == heavy.Count;
            open.Answered(demoUser ? goldDemo : PickWeighted(paid), random.NextDouble() * 0.85 + 0.05, Ago(TimeSpan.FromHours(1), TimeSpan.FromDays(40)), demoUser);
        }

        for (var i = 0; i < AnsweredLate; i++)
        {
            open.Answered(PickWeighted(paid), 1.05 + random.NextDouble() * 0.5, Ago(TimeSpan.FromHours(1), TimeSpan.FromDays(30)), demoUser: false);
        }

        for (var i = 0; i < Resolved; i++)
        {
            finished.Play(PickWeighted(data.Customers), clock.Now - Ago(TimeSpan.FromDays(20), TimeSpan.FromDays(35)), close: false, demoUser: false);
        }

        var windowStart = clock.StartOfDay(clock.MonthStart(5));
        var latestClosedStart = clock.Now - TimeSpan.FromDays(30);
        for (var i = 0; i < Closed; i++)
        {
            var customer = i switch { 0 or 1 => goldDemo, 2 => basicDemo, _ => PickWeighted(data.Customers) };
            var start = windowStart + ((latestClosedStart - windowStart) * random.NextDouble());
            finished.Play(customer, start, close: true, demoUser: i < 3);
        }

        Number();
    }

    private TimeSpan Ago(TimeSpan min, TimeSpan max) => min + ((max - min) * random.NextDouble());

    /// <summary>Customers whose tier this quarter and last quarter match <paramref name="accept"/> and are equal.</summary>
    private List<Customer> StableCustomers(Func<Tier, bool> accept)
    {
        var previous = clock.StartOf(clock.CurrentQuarter.Previous());
        return data.Customers
            .Where(c => accept(c.CurrentTier) && tiers.At(c.Id, previous) == c.CurrentTier)
            .ToList();
    }

    /// <summary>Platinum customers write most, Basic customers least.</summary>
    private Customer PickWeighted(List<Customer> customers)
    {
        var weights = customers.Select(c => c.CurrentTier switch { Tier.Platinum => 3, Tier.Gold => 2, _ => 1 }).ToArray();
        var roll = random.Next(weights.Sum());
        for (var i = 0; i < customers.Count; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return customers[i];
            }
        }

        return customers[^1];
    }

    /// <summary>Ids follow creation time, as they would have in real life; children follow their ticket.</summary>
    private void Number()
    {
        var ordered = data.Tickets.OrderBy(t => t.CreatedUtcTicks).ToList();
        data.Tickets.Clear();
        data.Tickets.AddRange(ordered);
        int ticketId = 0, messageId = 0, changeId = 0;
        foreach (var ticket in ordered)
        {
            ticket.Id = ++ticketId;
            foreach (var message in ticket.Messages)
            {
                message.Id = ++messageId;
                message.TicketId = ticket.Id;
            }

            foreach (var change in ticket.StatusChanges)
            {
                change.Id = ++changeId;
                change.TicketId = ticket.Id;
            }
        }
    }
}
