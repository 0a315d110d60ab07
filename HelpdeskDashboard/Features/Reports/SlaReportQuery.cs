using System.Globalization;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets.ResponseClock;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Reports;

/// <summary>
/// A period's SLA report from the finished clocks (docs/reports.md): one range scan of the covering index over the
/// clocks that stopped in the period, grouped per tier, agent (the assignee at the stop) and customer in memory, with
/// exact nearest-rank medians and 90th percentiles of business time.
/// </summary>
public sealed class SlaReportQuery(
    IDbContextFactory<HelpdeskDbContext> dbFactory,
    ICurrentUser currentUser,
    CompanyClock companyClock,
    TimeProvider timeProvider,
    BusinessCalendar calendar,
    TierCatalog catalog)
{
    public const string UnassignedKey = "unassigned";

    public const string UnassignedLabel = "Unassigned";

    /// <summary>The key and label of the total row.</summary>
    public const string TotalKey = "all";

    public const string TotalLabel = "All tiers";

    internal const string ManagersOnly = "Only a manager can see SLA reports.";

    /// <summary>A period's report (managers only).</summary>
    public async Task<CommandResult<SlaReport>> GetAsync(ReportPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (!await currentUser.IsAuthorizedAsync(Policies.Manager))
        {
            return CommandResult<SlaReport>.Denied(ManagersOnly);
        }

        var (from, to) = period.Bounds(companyClock);
        var cutoff = TicketSlaFields.BreachedIfDueAtOrBeforeUtcTicks(calendar, timeProvider.GetUtcNow());

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var clocks = await ClockScan.StoppedBetweenAsync(db, from.UtcTicks, to.UtcTicks, tier: null, cancellationToken);
        var stillOpenBreached = await ClockScan.LiveBreachedAsync(db, cutoff, cancellationToken);

        var total = new ClockGroup();
        var tiers = Enum.GetValues<Tier>().ToDictionary(t => t, _ => new ClockGroup());
        var agents = new Dictionary<int, ClockGroup>();
        var customers = new Dictionary<int, ClockGroup>();
        foreach (var clock in clocks)
        {
            total.Add(clock);
            tiers[clock.Tier].Add(clock);
            GroupOf(agents, clock.AgentId ?? 0).Add(clock);
            GroupOf(customers, clock.CustomerId).Add(clock);
        }

        var agentNames = await db.Agents.AsNoTracking().Where(a => agents.Keys.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.DisplayName, cancellationToken);
        var customerNames = await db.Customers.AsNoTracking().Where(c => customers.Keys.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.CompanyName, cancellationToken);

        var tierRows = catalog.All.Select(d => tiers[d.Tier].ToRow(ReportGroup.Tier, d.Tier.ToString(), d.DisplayName)).ToList();
        var agentRows = WorstFirst(agents.Select(a => a.Key == 0
            ? a.Value.ToRow(ReportGroup.Agent, UnassignedKey, UnassignedLabel)
            : a.Value.ToRow(ReportGroup.Agent, Key(a.Key), agentNames.GetValueOrDefault(a.Key, $"Agent {Key(a.Key)}"))));
        var customerRows = WorstFirst(customers.Select(c =>
            c.Value.ToRow(ReportGroup.Customer, Key(c.Key), customerNames.GetValueOrDefault(c.Key, $"Customer {Key(c.Key)}"))));

        return CommandResult<SlaReport>.Ok(new SlaReport(
            period, total.ToRow(ReportGroup.Tier, TotalKey, TotalLabel), tierRows, agentRows, customerRows, stillOpenBreached));
    }

    /// <summary>Worst first: lowest share met (rows without a target last), then most breaches, then by name.</summary>
    internal static List<SlaRow> WorstFirst(IEnumerable<SlaRow> rows) => rows
        .OrderBy(r => r.ShareMet is null)
        .ThenBy(r => r.ShareMet)
        .ThenByDescending(r => r.Breached)
        .ThenBy(r => r.Label, StringComparer.Ordinal)
        .ThenBy(r => r.Key, StringComparer.Ordinal)
        .ToList();

    private static ClockGroup GroupOf(Dictionary<int, ClockGroup> groups, int key)
    {
        if (!groups.TryGetValue(key, out var group))
        {
            group = new ClockGroup();
            groups[key] = group;
        }

        return group;
    }

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);
}
