using System.Globalization;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Tickets.Workflow;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Assignment;

/// <summary>One assignment change from the audit log. From/To are "#id Name" as recorded, null for "nobody".</summary>
public sealed record AssignmentChange(long Id, DateTimeOffset At, string Actor, string? From, string? To, string? Reason);

public interface IAssignmentHistoryQuery
{
    /// <summary>The ticket's assignment changes, oldest first. Support team only (reasons are internal); others get none.</summary>
    Task<IReadOnlyList<AssignmentChange>> ForTicketAsync(int ticketId, CancellationToken cancellationToken = default);
}

public sealed class AssignmentHistoryQuery(IDbContextFactory<HelpdeskDbContext> dbFactory, ICurrentUser currentUser) : IAssignmentHistoryQuery
{
    private static readonly string[] Actions = [TicketAudit.Assigned, TicketAudit.Reassigned, TicketAudit.Unassigned];

    public async Task<IReadOnlyList<AssignmentChange>> ForTicketAsync(int ticketId, CancellationToken cancellationToken = default)
    {
        if (!await currentUser.IsAuthorizedAsync(Policies.Agent))
        {
            return [];
        }

        var entityId = ticketId.ToString(CultureInfo.InvariantCulture);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == TicketAudit.EntityType && e.EntityId == entityId && Actions.Contains(e.Action))
            .OrderBy(e => e.AtUtcTicks).ThenBy(e => e.Id)
            .ToListAsync(cancellationToken);

        // The log records the actor's e-mail; show the agent's name where there is one.
        var emails = entries.Select(e => e.Actor).Distinct().ToList();
        var names = await db.Agents.AsNoTracking().Where(a => emails.Contains(a.Email))
            .Select(a => new { a.Email, a.DisplayName }).ToListAsync(cancellationToken);
        var nameOf = names.ToDictionary(n => n.Email, n => n.DisplayName, StringComparer.OrdinalIgnoreCase);
        return entries
            .Select(e => new AssignmentChange(e.Id, new DateTimeOffset(e.AtUtcTicks, TimeSpan.Zero), nameOf.GetValueOrDefault(e.Actor, e.Actor), e.OldValue, e.NewValue, e.Reason))
            .ToList();
    }
}
