using System.Globalization;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Reports;

/// <summary>
/// The drill-down behind a report number: the finished clocks of the period that match the filter, newest stop first,
/// <see cref="PageSize"/> per page, with the ticket's subject, the customer's and the agent's names.
/// </summary>
public sealed class ClockListQuery(
    IDbContextFactory<HelpdeskDbContext> dbFactory,
    ICurrentUser currentUser,
    CompanyClock companyClock)
{
    public const int PageSize = 50;

    /// <summary>The finished clocks behind a number (managers only).</summary>
    public Task<CommandResult<ClockPage>> GetAsync(ClockFilter filter, CancellationToken cancellationToken = default) =>
        ReadAsync(filter, PageSize, cancellationToken);

    /// <summary>The first <paramref name="limit"/> clocks of the filter in one page, in the drill-down's order (the CSV export).</summary>
    public Task<CommandResult<ClockPage>> ExportAsync(ClockFilter filter, int limit, CancellationToken cancellationToken = default) =>
        ReadAsync(filter with { Page = 1 }, limit, cancellationToken);

    private async Task<CommandResult<ClockPage>> ReadAsync(ClockFilter filter, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (!await currentUser.IsAuthorizedAsync(Policies.Manager))
        {
            return CommandResult<ClockPage>.Denied(SlaReportQuery.ManagersOnly);
        }

        int? agentId = null;
        var unassigned = string.Equals(filter.AgentKey, SlaReportQuery.UnassignedKey, StringComparison.Ordinal);
        if (filter.AgentKey is { } key && !unassigned)
        {
            if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return CommandResult<ClockPage>.Invalid([$"Unknown agent \"{key}\"."]);
            }

            agentId = id;
        }

        if (filter.Page < 1)
        {
            return CommandResult<ClockPage>.Invalid(["Pages start at 1."]);
        }

        var (from, to) = filter.Period.Bounds(companyClock);
        var fromTicks = from.UtcTicks;
        var toTicks = to.UtcTicks;

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var clocks = db.ResponseClocks.AsNoTracking().Where(r => r.StoppedUtcTicks >= fromTicks && r.StoppedUtcTicks < toTicks);
        if (filter.Tier is { } tier)
        {
            clocks = clocks.Where(r => r.TierAtStart == tier);
        }

        if (unassigned)
        {
            clocks = clocks.Where(r => r.AssigneeAgentId == null);
        }
        else if (agentId is { } agent)
        {
            clocks = clocks.Where(r => r.AssigneeAgentId == agent);
        }

        if (filter.CustomerId is { } customerId)
        {
            clocks = clocks.Where(r => r.CustomerId == customerId);
        }

        clocks = filter.Outcome switch
        {
            ClockOutcome.Met => clocks.Where(r => r.TargetTicks != null && !r.IsBreached),
            ClockOutcome.Breached => clocks.Where(r => r.IsBreached),
            ClockOutcome.NoTarget => clocks.Where(r => r.TargetTicks == null),
            _ => clocks,
        };
        if (filter.FirstOnly)
        {
            clocks = clocks.Where(r => r.IsFirstResponse);
        }

        var total = await clocks.CountAsync(cancellationToken);
        var rows = await clocks
            .OrderByDescending(r => r.StoppedUtcTicks).ThenByDescending(r => r.Id)
            .Skip((filter.Page - 1) * pageSize).Take(pageSize)
            .Select(r => new
            {
                r.TicketId,
                Subject = db.Tickets.Where(t => t.Id == r.TicketId).Select(t => t.Subject).FirstOrDefault(),
                r.CustomerId,
                CustomerName = db.Customers.Where(c => c.Id == r.CustomerId).Select(c => c.CompanyName).FirstOrDefault(),
                r.TierAtStart,
                AgentName = db.Agents.Where(a => a.Id == r.AssigneeAgentId).Select(a => a.DisplayName).FirstOrDefault(),
                r.StartedUtcTicks,
                r.StoppedUtcTicks,
                r.BusinessTicks,
                r.TargetTicks,
                r.IsBreached,
                r.IsFirstResponse,
                r.StopReason,
            })
            .ToListAsync(cancellationToken);

        return CommandResult<ClockPage>.Ok(new ClockPage(
            rows.Select(r => new ClockRow(
                r.TicketId,
                r.Subject ?? "",
                r.CustomerId,
                r.CustomerName ?? "",
                r.TierAtStart,
                r.AgentName,
                new DateTimeOffset(r.StartedUtcTicks, TimeSpan.Zero),
                new DateTimeOffset(r.StoppedUtcTicks, TimeSpan.Zero),
                new TimeSpan(r.BusinessTicks),
                r.TargetTicks is { } target ? new TimeSpan(target) : null,
                r.IsBreached,
                r.IsFirstResponse,
                r.StopReason.ToString())).ToList(),
            total,
            filter.Page,
            pageSize));
    }
}
