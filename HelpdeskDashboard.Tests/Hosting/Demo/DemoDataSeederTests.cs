using System.Globalization;
using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.TierRecalculation;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Platform.Time;
using HelpdeskDashboard.Platform.Validation;
using HelpdeskDashboard.Tests.Data;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Tests.Hosting.Demo;

public sealed class DemoDataSeederTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Seeding_twice_at_the_same_instant_gives_identical_rows()
    {
        await using var first = await DemoSeed.SeededAtAsync(DemoSeed.Wednesday);
        await using var second = await DemoSeed.SeededAtAsync(DemoSeed.Wednesday);

        var dump = DatabaseDump.Of(first.Connection);
        Assert.Contains("Nordlicht Sensorik AG", dump, StringComparison.Ordinal);
        Assert.Equal(dump, DatabaseDump.Of(second.Connection));
    }

    [Fact]
    public void Seeding_a_week_later_moves_the_data_with_now()
    {
        var earlier = Seeder(DemoSeed.Wednesday).Build(DemoSeed.Wednesday);
        var later = Seeder(DemoSeed.Wednesday.AddDays(7)).Build(DemoSeed.Wednesday.AddDays(7));

        Assert.Equal(
            earlier.Tickets.Max(t => t.CreatedUtcTicks) + TimeSpan.FromDays(7).Ticks,
            later.Tickets.Max(t => t.CreatedUtcTicks));
    }

    [Fact]
    public async Task Creates_the_demo_sign_ins_with_their_roles_and_tiers()
    {
        await using var database = await DemoSeed.SeededAtAsync(DemoSeed.Wednesday);
        await using var db = database.CreateDbContext();

        var agent = await db.Agents.SingleAsync(a => a.Email == "agent@demo.local", Cancel);
        Assert.Equal("Alex Agent", agent.DisplayName);
        Assert.False(agent.IsManager);
        Assert.True(agent.IsActive);
        Assert.True((await db.Agents.SingleAsync(a => a.Email == "manager@demo.local", Cancel)).IsManager);

        var gold = await db.CustomerUsers.Include(u => u.Customer).SingleAsync(u => u.Email == "customer@demo.local", Cancel);
        Assert.Equal(Tier.Gold, gold.Customer!.CurrentTier);
        var basic = await db.CustomerUsers.Include(u => u.Customer).SingleAsync(u => u.Email == "basic@demo.local", Cancel);
        Assert.Equal(Tier.Basic, basic.Customer!.CurrentTier);

        // The portal demo needs something to show: the Gold customer has open and finished tickets of its own.
        var goldTickets = await db.Tickets.Where(t => t.CustomerId == gold.CustomerId).ToListAsync(Cancel);
        Assert.Contains(goldTickets, t => t.Status is TicketStatus.New or TicketStatus.Open && t.AwaitingResponse);
        Assert.Contains(goldTickets, t => t.Status == TicketStatus.Closed);
        Assert.True(await db.TicketMessages.AnyAsync(m => m.AuthorCustomerUserId == gold.Id, Cancel));
        Assert.True(await db.Tickets.AnyAsync(t => t.CustomerId == basic.CustomerId && t.ResponseTargetTicks == null, Cancel));
    }

    [Fact]
    public async Task Creates_forty_customers_ten_agents_with_two_managers_and_three_hundred_tickets()
    {
        await using var database = await DemoSeed.SeededAtAsync(DemoSeed.Wednesday);
        await using var db = database.CreateDbContext();

        Assert.Equal(40, await db.Customers.CountAsync(Cancel));
        Assert.Equal(10, await db.Agents.CountAsync(Cancel));
        Assert.Equal(2, await db.Agents.CountAsync(a => a.IsManager, Cancel));
        Assert.Equal(300, await db.Tickets.CountAsync(Cancel));

        var tiers = await db.Customers.Select(c => c.CurrentTier).ToListAsync(Cancel);
        Assert.All(Enum.GetValues<Tier>(), tier => Assert.True(tiers.Count(t => t == tier) >= 8, $"too few {tier} customers"));

        var subscribed = await db.Customers.Where(c => c.SubscriptionTier != SubscriptionPlan.None).ToListAsync(Cancel);
        Assert.Contains(subscribed, c => c.SubscriptionTier == SubscriptionPlan.Gold);
        Assert.Contains(subscribed, c => c.SubscriptionTier == SubscriptionPlan.Platinum);
        Assert.Contains(subscribed, c => c.SubscriptionBilling == SubscriptionBilling.Monthly);
        Assert.Contains(subscribed, c => c.SubscriptionBilling == SubscriptionBilling.Yearly);
        Assert.All(subscribed, c => Assert.NotNull(c.SubscriptionStartUtcTicks));

        Assert.True(await db.Tickets.AnyAsync(t => t.AssigneeAgentId == null, Cancel), "some tickets are unassigned");
        Assert.True(await db.TicketMessages.AnyAsync(m => m.IsInternalNote, Cancel), "some messages are internal notes");
    }

    public static TheoryData<string, DateTimeOffset> Instants => new()
    {
        { "Wednesday afternoon, mid-quarter", DemoSeed.Wednesday },
        { "Friday late evening", new DateTimeOffset(2026, 5, 15, 23, 0, 0, TimeSpan.FromHours(2)) },
        { "Saturday morning (calendar closed)", new DateTimeOffset(2026, 5, 16, 10, 0, 0, TimeSpan.FromHours(2)) },
        { "Sunday one minute before the week opens", new DateTimeOffset(2026, 5, 17, 23, 59, 0, TimeSpan.FromHours(2)) },
        { "Monday half an hour after opening", new DateTimeOffset(2026, 5, 18, 0, 30, 0, TimeSpan.FromHours(2)) },
        { "New Year's first hour, a new quarter", new DateTimeOffset(2026, 1, 1, 0, 30, 0, TimeSpan.FromHours(1)) },
        { "Sunday of the spring clock change", new DateTimeOffset(2026, 3, 29, 12, 0, 0, TimeSpan.FromHours(2)) },
    };

    [Theory]
    [MemberData(nameof(Instants))]
    public void Covers_every_SLA_state_whatever_the_weekday(string label, DateTimeOffset now)
    {
        var data = Seeder(now).Build(now);

        var states = data.Tickets
            .Where(t => t.Status is not (TicketStatus.Resolved or TicketStatus.Closed))
            .GroupBy(t => DemoSlaClassifier.Classify(t, DemoSeed.Calendar, now))
            .ToDictionary(g => g.Key, g => g.ToList());
        foreach (var state in Enum.GetValues<DemoSlaState>())
        {
            Assert.True(states.ContainsKey(state), $"{label}: no open ticket is {state}");
        }

        Assert.Contains(states[DemoSlaState.Paused], t => t.Status == TicketStatus.WaitingOnCustomer);
        Assert.Contains(states[DemoSlaState.Paused], t => t.Status == TicketStatus.OnHold);
        Assert.Contains(data.Tickets, t => t.Status == TicketStatus.Resolved);
        Assert.Contains(data.Tickets, t => t.Status == TicketStatus.Closed);
    }

    [Theory]
    [MemberData(nameof(Instants))]
    public void Opens_tickets_on_friday_evening_and_saturday_that_still_await_a_reply(string label, DateTimeOffset now)
    {
        var data = Seeder(now).Build(now);
        var awaiting = data.Tickets.Where(t => t.AwaitingResponse && t.ResponseTargetTicks is not null).ToList();

        Assert.True(
            awaiting.Any(t => LocalCreated(t) is { DayOfWeek: DayOfWeek.Saturday } && !DemoSeed.Calendar.IsOpen(Created(t))),
            $"{label}: no ticket opened on Saturday, outside business hours");
        Assert.True(
            awaiting.Any(t => LocalCreated(t) is { DayOfWeek: DayOfWeek.Friday, Hour: >= 18 }),
            $"{label}: no ticket opened on Friday evening");

        // The due instant of a weekend ticket skips the closed days, as the calendar says.
        var weekendClocks = awaiting.Where(t => !DemoSeed.Calendar.IsOpen(ClockStarted(t)) && t.ResponseDueUtcTicks is not null).ToList();
        Assert.NotEmpty(weekendClocks);
        foreach (var ticket in weekendClocks)
        {
            var expected = DemoSeed.Calendar.AddBusinessTime(ClockStarted(ticket), new TimeSpan(ticket.ResponseTargetTicks!.Value));
            Assert.Equal(expected.UtcTicks, ticket.ResponseDueUtcTicks);
        }
    }

    [Theory]
    [MemberData(nameof(Instants))]
    public void Nothing_happens_in_the_future_and_every_history_is_consistent(string label, DateTimeOffset now)
    {
        var data = Seeder(now).Build(now);
        var nowTicks = now.UtcTicks;
        var today = DateOnly.FromDateTime(DemoSeed.Calendar.ToCompanyTime(now).DateTime);

        foreach (var ticket in data.Tickets)
        {
            Assert.True(ticket.UpdatedUtcTicks <= nowTicks, $"{label}: ticket {ticket.Id} updated in the future");
            Assert.All(ticket.Messages, m => Assert.InRange(m.CreatedUtcTicks, ticket.CreatedUtcTicks, nowTicks));
            Assert.Equal(ticket.Messages.Select(m => m.CreatedUtcTicks).Order(), ticket.Messages.Select(m => m.CreatedUtcTicks));

            var statuses = ticket.StatusChanges.Select(c => c.FromStatus).Append(ticket.Status).ToList();
            Assert.Equal(TicketStatus.New, statuses[0]);
            Assert.Equal(statuses.Skip(1), ticket.StatusChanges.Select(c => c.ToStatus));
            Assert.All(ticket.StatusChanges, c => Assert.InRange(c.AtUtcTicks, ticket.CreatedUtcTicks, nowTicks));

            var first = ticket.Messages[0];
            Assert.Equal(MessageAuthorKind.Customer, first.AuthorKind);
            Assert.Equal(ticket.CustomerId, data.CustomerUsers.Single(u => u.Id == first.AuthorCustomerUserId).CustomerId);
            Assert.All(ticket.Messages.Where(m => m.AuthorKind == MessageAuthorKind.Agent), m => Assert.NotNull(m.AuthorAgentId));
            Assert.InRange(ticket.Subject.Length, 1, TicketLimits.SubjectMaxLength);
        }

        Assert.All(data.TimeEntries, e => Assert.True(e.WorkDate <= today && e.CreatedUtcTicks <= nowTicks, $"{label}: time entry {e.Id} in the future"));
        Assert.All(data.Orders, o => Assert.True(o.OrderedUtcTicks <= nowTicks, $"{label}: order {o.ExternalOrderId} in the future"));
        Assert.All(data.TierAssignments, a => Assert.True(a.CreatedUtcTicks <= nowTicks, $"{label}: tier assignment in the future"));
        Assert.Equal(Enumerable.Range(1, 300), data.Tickets.Select(t => t.Id));
        Assert.Equal(data.Tickets.Select(t => t.CreatedUtcTicks).Order(), data.Tickets.Select(t => t.CreatedUtcTicks));
    }

    [Fact]
    public async Task Some_gold_and_platinum_customers_log_more_than_their_included_hours()
    {
        await using var database = await DemoSeed.SeededAtAsync(DemoSeed.Wednesday);
        await using var db = database.CreateDbContext();
        var assignments = await db.TierAssignments.ToListAsync(Cancel);
        var entries = await db.TimeEntries.Where(e => e.Billable).ToListAsync(Cancel);

        var overUse = entries
            .GroupBy(e => (e.CustomerId, e.WorkDate.Year, e.WorkDate.Month))
            .Select(g => (Tier: assignments.Single(a => a.CustomerId == g.Key.CustomerId && a.Year == g.Key.Year && a.Quarter == ((g.Key.Month - 1) / 3) + 1).Tier,
                Minutes: g.Sum(e => e.Minutes)))
            .Where(m => m.Tier != Tier.Basic && m.Minutes > (m.Tier == Tier.Gold ? 4 : 10) * 60)
            .ToList();

        Assert.Contains(overUse, m => m.Tier == Tier.Gold);
        Assert.Contains(overUse, m => m.Tier == Tier.Platinum);
        var earliest = entries.Min(e => e.WorkDate);
        Assert.True(earliest <= new DateOnly(2025, 12, 31), $"time entries start {earliest}, expected six months back");
        Assert.All(entries, e => Assert.InRange(e.Minutes, 1, 1440));
    }

    [Fact]
    public async Task Orders_cover_a_year_and_quarterly_turnover_puts_customers_in_different_tiers()
    {
        await using var database = await DemoSeed.SeededAtAsync(DemoSeed.Wednesday);
        await using var db = database.CreateDbContext();
        var orders = await db.Orders.ToListAsync(Cancel);
        var assignments = await db.TierAssignments.ToListAsync(Cancel);

        Assert.True(orders.Min(o => o.OrderedUtcTicks) <= DemoSeed.Wednesday.AddDays(-365).UtcTicks, "orders start a year back");
        Assert.True(orders.Max(o => o.OrderedUtcTicks) >= DemoSeed.Wednesday.AddDays(-31).UtcTicks, "orders continue until recently");
        Assert.Contains(orders, o => o.AmountCents < 0);
        Assert.DoesNotContain(orders, o => o.AmountCents == 0);
        Assert.Equal(orders.Count, orders.Select(o => o.ExternalOrderId).Distinct().Count());

        var customers = await db.Customers.ToListAsync(Cancel);
        Assert.All(customers, c =>
        {
            var history = assignments.Where(a => a.CustomerId == c.Id).OrderBy(a => a.Year).ThenBy(a => a.Quarter).ToList();
            Assert.Equal(4, history.Count);
            Assert.Equal(TierAssignmentReason.Initial, history[0].Reason);
            Assert.Null(history[0].PreviousTier);
            Assert.Equal(c.CurrentTier, history[^1].Tier);
            Assert.Equal(history.Take(3).Select(a => (Tier?)a.Tier), history.Skip(1).Select(a => a.PreviousTier));
        });

        // The recorded turnover is the previous quarter's order total (quarters in the company's zone).
        var q2 = assignments.Where(a => a.Year == 2026 && a.Quarter == 2).ToList();
        var q1Start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(1)).UtcTicks;
        var q2Start = new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.FromHours(2)).UtcTicks;
        Assert.All(q2, a => Assert.Equal(
            orders.Where(o => o.CustomerId == a.CustomerId && o.OrderedUtcTicks >= q1Start && o.OrderedUtcTicks < q2Start).Sum(o => o.AmountCents),
            a.TurnoverCents));

        Assert.Equal(3, q2.Select(a => a.Tier).Distinct().Count());
        Assert.Contains(assignments, a => a.Reason == TierAssignmentReason.Turnover && a.PreviousTier < a.Tier);
        Assert.Contains(assignments, a => a.Reason == TierAssignmentReason.Turnover && a.PreviousTier > a.Tier);
        Assert.Contains(assignments, a => a.Reason == TierAssignmentReason.Subscription);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "TierChanged", Cancel), "tier changes are audited");
    }

    public static TheoryData<string, decimal, decimal> Thresholds => new()
    {
        { "as configured in appsettings.json", DemoSeed.ConfiguredTierOptions.GoldFrom!.Value, DemoSeed.ConfiguredTierOptions.PlatinumFrom!.Value },
        { "higher thresholds", 20_000m, 200_000m },
        { "Platinum just above Gold", 10_000m, 15_000m },
    };

    [Theory]
    [MemberData(nameof(Thresholds))]
    public void Seeded_tiers_are_the_ones_the_configured_thresholds_decide(string label, decimal goldFrom, decimal platinumFrom)
    {
        var options = new TierRecalculationOptions { GoldFrom = goldFrom, PlatinumFrom = platinumFrom };
        var rule = TierRule.FromOptions(options);
        var company = new CompanyClock(DemoSeed.Calendar.TimeZone, TimeProvider.System);

        var data = DemoSeed.Seeder(DemoSeed.Wednesday, options).Build(DemoSeed.Wednesday);

        foreach (var assignment in data.TierAssignments)
        {
            var customer = data.Customers.Single(c => c.Id == assignment.CustomerId);
            var quarter = new CalendarQuarter(assignment.Year, assignment.Quarter);
            var (from, to) = (quarter.Previous().StartIn(company).UtcTicks, quarter.StartIn(company).UtcTicks);
            var turnover = data.Orders.Where(o => o.CustomerId == customer.Id && o.OrderedUtcTicks >= from && o.OrderedUtcTicks < to).Sum(o => o.AmountCents);
            var subscription = TierRule.ActiveAt(customer.SubscriptionTier, customer.SubscriptionStartUtcTicks, customer.SubscriptionEndUtcTicks, to);
            var (tier, _) = rule.Decide(turnover, subscription);

            Assert.Equal(turnover, assignment.TurnoverCents);
            Assert.True(tier == assignment.Tier, $"{label}: {customer.CompanyName} {quarter} turnover {turnover} cents decides {tier}, seeded {assignment.Tier}");
        }

        // The order bands follow the thresholds, so turnover alone still gives every tier.
        Assert.Equal(3, data.TierAssignments.Where(a => a.Reason != TierAssignmentReason.Subscription).Select(a => a.Tier).Distinct().Count());
        Assert.All(data.Customers, c => Assert.Equal(
            data.TierAssignments.Where(a => a.CustomerId == c.Id).MaxBy(a => (a.Year * 4) + a.Quarter)!.Tier, c.CurrentTier));
    }

    [Fact]
    public void Seeded_master_data_is_well_formed()
    {
        var data = Seeder(DemoSeed.Wednesday).Build(DemoSeed.Wednesday);

        Assert.All(data.Customers, c =>
        {
            Assert.InRange(c.CompanyName.Length, 1, ContactLimits.CompanyNameMaxLength);
            Assert.True(ContactRules.IsPlainEmailAddress(c.ContactEmail), c.ContactEmail);
            Assert.Equal(c.Country, new RegionInfo(c.Country).TwoLetterISORegionName);
            Assert.True(ContactRules.IsKnownIanaTimeZone(c.DisplayTimeZone), c.DisplayTimeZone);
        });
        Assert.All(data.CustomerUsers, u =>
        {
            Assert.Contains(data.Customers, c => c.Id == u.CustomerId);
            Assert.InRange(u.DisplayName.Length, 1, ContactLimits.DisplayNameMaxLength);
            Assert.True(ContactRules.IsPlainEmailAddress(u.Email), u.Email);
            Assert.True(ContactRules.IsKnownIanaTimeZone(u.TimeZone), u.TimeZone);
        });
    }

    [Fact]
    public async Task Does_nothing_when_a_customer_already_exists()
    {
        await using var database = TestDatabase.Create();
        await using (var db = database.CreateDbContext())
        {
            db.Customers.Add(new Customer { CompanyName = "Existing GmbH", ContactEmail = "it@existing.example", Country = "DE", DisplayTimeZone = "Europe/Berlin" });
            await db.SaveChangesAsync(Cancel);
        }

        await using (var db = database.CreateDbContext())
        {
            await Seeder(DemoSeed.Wednesday).SeedAsync(db, Cancel);
        }

        await using var check = database.CreateDbContext();
        Assert.Equal("Existing GmbH", (await check.Customers.SingleAsync(Cancel)).CompanyName);
        Assert.False(await check.Tickets.AnyAsync(Cancel));
        Assert.False(await check.Agents.AnyAsync(Cancel));
    }

    [Fact]
    public async Task Seeding_a_seeded_database_again_changes_nothing()
    {
        await using var database = await DemoSeed.SeededAtAsync(DemoSeed.Wednesday);
        var before = DatabaseDump.Of(database.Connection);

        await using (var db = database.CreateDbContext())
        {
            await Seeder(DemoSeed.Wednesday.AddDays(1)).SeedAsync(db, Cancel);
        }

        Assert.Equal(before, DatabaseDump.Of(database.Connection));
    }

    private static DemoDataSeeder Seeder(DateTimeOffset now) => DemoSeed.Seeder(now);

    private static DateTimeOffset Created(Ticket ticket) => new(ticket.CreatedUtcTicks, TimeSpan.Zero);

    private static DateTimeOffset ClockStarted(Ticket ticket) => new(ticket.ResponseClockStartedUtcTicks!.Value, TimeSpan.Zero);

    private static DateTimeOffset LocalCreated(Ticket ticket) => DemoSeed.Calendar.ToCompanyTime(Created(ticket));
}
