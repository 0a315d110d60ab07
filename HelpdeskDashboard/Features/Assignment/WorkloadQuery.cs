using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.ResponseClock;
using HelpdeskDashboard.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Assignment;

/// <summary>
/// Reads queues from the denormalised SLA columns the workflow keeps (one query for the open tickets, one for the
/// week's time), classified exactly like the board: breached when the due instant is at or before
/// <see cref="TicketSlaFields.BreachedIfDueAtOrBeforeUtcTicks"/>, at risk from the recorded at-risk instant.
/// </summary>
public sealed class WorkloadQuery(
    IDbContextFactory<HelpdeskDbContext> dbFactory,
    ICurrentUser currentUser,
    TimeProvider timeProvider,
    BusinessCalendar calendar,
    CompanyClock companyClock) : IWorkloadQuery
{
    public const double MaxRiskWindowHours = 24 * 365;

    public async Task<IReadOnlyList<AgentWorkload>> AgentsAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.EnsureManagerAsync();
        var now = timeProvider.GetUtcNow();
        var cutoff = TicketSlaFields.BreachedIfDueAtOrBeforeUtcTicks(calendar, now);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var agents = await db.Agents.AsNoTracking().Select(a => new { a.Id, a.DisplayName, a.IsActive }).ToListAsync(cancellationToken);
        var open = await OpenTickets(db).Where(t => t.AssigneeAgentId != null)
            .Select(t => new { Agent = t.AssigneeAgentId!.Value, t.AwaitingResponse, Due = t.ResponseDueUtcTicks, AtRiskFrom = t.ResponseAtRiskFromUtcTicks })
            .ToListAsync(cancellationToken);

        var (weekStart, weekEnd) = CompanyWeek(now);
        var minutes = await db.TimeEntries.AsNoTracking()
            .Where(e => e.WorkDate >= weekStart && e.WorkDate <= weekEnd)
            .GroupBy(e => e.AgentId)
            .Select(g => new { Agent = g.Key, Minutes = g.Sum(e => e.Minutes) })
            .ToDictionaryAsync(x => x.Agent, x => x.Minutes, cancellationToken);

        var queues = open.ToLookup(t => t.Agent);
        var rows = new List<AgentWorkload>();
        foreach (var agent in agents)
        {
            var queue = queues[agent.Id].ToList();
            if (!agent.IsActive && queue.Count == 0)
            {
                continue;
            }

            var live = queue.Where(t => t.AwaitingResponse && t.Due > cutoff).ToList();
            var breached = queue.Count(t => t.AwaitingResponse && t.Due != null && t.Due <= cutoff);
            var atRisk = live.Count(t => t.AtRiskFrom <= now.UtcTicks);
            var left = live.Aggregate(TimeSpan.Zero, (sum, t) => sum + calendar.BusinessTimeBetween(now, Instant(t.Due!.Value)));
            rows.Add(new AgentWorkload(
                agent.Id,
                agent.DisplayName,
                agent.IsActive,
                queue.Count,
                atRisk,
                breached,
                live.Count == 0 ? null : calendar.ToCompanyTime(Instant(live.Min(t => t.Due!.Value))),
                left,
                minutes.GetValueOrDefault(agent.Id) / 60.0,
                SlaLoad.Of(queue.Count, atRisk, breached)));
        }

        return rows;
    }

    public async Task<IReadOnlyList<RiskGroup>> AtRiskAsync(double businessHours, bool includeBreached, CancellationToken cancellationToken = default)
    {
        if (!double.IsFinite(businessHours) || businessHours <= 0 || businessHours > MaxRiskWindowHours)
        {
            throw new ArgumentOutOfRangeException(nameof(businessHours), businessHours, $"The window must be between 0 and {MaxRiskWindowHours} business hours.");
        }

        await currentUser.EnsureManagerAsync();
        var now = timeProvider.GetUtcNow();
        var cutoff = TicketSlaFields.BreachedIfDueAtOrBeforeUtcTicks(calendar, now);
        var horizon = calendar.AddBusinessTime(now, TimeSpan.FromHours(businessHours)).UtcTicks;

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tickets = OpenTickets(db).Where(t => t.AwaitingResponse && t.ResponseDueUtcTicks != null && t.ResponseDueUtcTicks <= horizon);
        if (!includeBreached)
        {
            tickets = tickets.Where(t => t.ResponseDueUtcTicks > cutoff);
        }

        var rows = await tickets
            .OrderBy(t => t.ResponseDueUtcTicks).ThenByDescending(t => t.Priority).ThenBy(t => t.Id)
            .Select(t => new
            {
                t.Id,
                t.Version,
                t.Subject,
                Customer = t.Customer!.CompanyName,
                t.Customer.CurrentTier,
                t.AssigneeAgentId,
                Assignee = t.Assignee == null ? null : t.Assignee.DisplayName,
                Due = t.ResponseDueUtcTicks!.Value,
            })
            .ToListAsync(cancellationToken);

        return rows
            .GroupBy(r => (r.AssigneeAgentId, r.Assignee))
            .Select(g => new RiskGroup(
                g.Key.AssigneeAgentId,
                g.Key.Assignee ?? "Unassigned",
                g.Select(r => new RiskTicket(
                    r.Id, r.Version, r.Subject, r.Customer, r.CurrentTier, r.AssigneeAgentId,
                    calendar.ToCompanyTime(Instant(r.Due)),
                    calendar.BusinessTimeBetween(now, Instant(r.Due)),
                    r.Due <= cutoff)).ToList()))
            .ToList(); // groups keep the order of their most urgent ticket
    }

    // Spelled out (not "not Resolved or Closed") so SQLite can use the (Status, ...) indexes.
    internal static IQueryable<Ticket> OpenTickets(HelpdeskDbContext db) => db.Tickets.AsNoTracking().Where(t =>
        t.Status == TicketStatus.New || t.Status == TicketStatus.Open || t.Status == TicketStatus.WaitingOnCustomer || t.Status == TicketStatus.OnHold);

    /// <summary>Monday to Sunday of the company's current week.</summary>
    private (DateOnly Start, DateOnly End) CompanyWeek(DateTimeOffset now)
    {
        var today = companyClock.LocalDate(now);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return (monday, monday.AddDays(6));
    }

    private static DateTimeOffset Instant(long utcTicks) => new(utcTicks, TimeSpan.Zero);
}
