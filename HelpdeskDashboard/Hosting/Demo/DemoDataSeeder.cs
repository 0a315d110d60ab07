using HelpdeskDashboard.Data;
using HelpdeskDashboard.Data.PostgreSql;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets.ResponseClock;
using HelpdeskDashboard.Features.TierRecalculation;
using HelpdeskDashboard.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Hosting.Demo;

/// <summary>
/// Fills an empty database with a realistic, deterministic demo data set placed relative to "now": 40 customers
/// across the tiers (some with paid subscriptions), 10 agents (agent@demo.local, manager@demo.local), their people
/// (customer@demo.local at a Gold customer, basic@demo.local at a Basic one), 300 tickets in every SLA situation,
/// six months of time entries, a year of orders, the last four quarters of tier decisions and a few received
/// mails waiting for review and two sent ones (one bounced).
/// Demo data lives in Hosting/Demo: it is a showcase of the app, not part of the data layer or of any feature.
/// </summary>
public sealed class DemoDataSeeder(
    BusinessCalendar calendar,
    CompanyClock company,
    TimeProvider timeProvider,
    IOptions<TierRecalculationOptions> tierOptions,
    IOptions<SlaOptions>? slaOptions = null)
{
    /// <summary>The configured turnover thresholds, so the demo's tiers are the ones the quarterly job would decide.</summary>
    private readonly TierRule _tierRule = TierRule.FromOptions(tierOptions.Value);

    private readonly double _atRiskShare = (slaOptions?.Value ?? new SlaOptions()).AtRiskShare;

    /// <summary>Fixed so that the same "now" always gives the same data.</summary>
    public const int RandomSeed = 20_260_101;

    /// <summary>Does nothing when any customer exists, so it is safe to call on every start.</summary>
    public async Task SeedAsync(HelpdeskDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);

        // Checked under the write lock: two instances starting on one empty database seed it once.
        await using var transaction = await db.Database.BeginWriteTransactionAsync(cancellationToken);
        if (await db.Customers.AnyAsync(cancellationToken))
        {
            return;
        }

        var data = Build(timeProvider.GetUtcNow());
        db.Customers.AddRange(data.Customers);
        db.CustomerUsers.AddRange(data.CustomerUsers);
        db.Agents.AddRange(data.Agents);
        db.Orders.AddRange(data.Orders);
        db.TierAssignments.AddRange(data.TierAssignments);
        db.AuditEntries.AddRange(data.AuditEntries);
        db.Tickets.AddRange(data.Tickets);
        db.TimeEntries.AddRange(data.TimeEntries);
        db.InboundMails.AddRange(DemoInboundMail.Build(timeProvider.GetUtcNow()));
        db.OutboxMessages.AddRange(DemoOutbox.Build(timeProvider.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        await db.Database.RestartAfterExplicitIdsAsync(cancellationToken); // the demo rows carry fixed ids
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    internal DemoDataSet Build(DateTimeOffset now)
    {
        var clock = new DemoClock(calendar, company, now);
        var random = new Random(RandomSeed);
        var data = new DemoDataSet();

        new DemoCustomerBuilder(clock, random).Build(data);
        DemoAgentBuilder.Build(data);
        new DemoOrderBuilder(clock, random, _tierRule).Build(data);
        new DemoTierHistoryBuilder(clock, _tierRule).Build(data);

        var tiers = new DemoTierLookup(clock, data);
        var tickets = new DemoTicketBuilder(clock, random, data, tiers);
        tickets.Build();
        new DemoTimeEntryBuilder(clock, random, data, tiers).Build(tickets.LongRunningTickets);
        MarkAtRisk(data);
        return data;
    }

    /// <summary>The board's "at risk" column, for clocks still counting down.</summary>
    private void MarkAtRisk(DemoDataSet data)
    {
        foreach (var ticket in data.Tickets)
        {
            ticket.ResponseAtRiskFromUtcTicks = ticket is { AwaitingResponse: true, ResponseDueUtcTicks: { } due, ResponseTargetTicks: { } target }
                ? TicketSlaFields.AtRiskFromUtcTicks(calendar, due, target, _atRiskShare)
                : null;
        }
    }
}
