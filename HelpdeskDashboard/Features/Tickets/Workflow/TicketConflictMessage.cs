using System.Globalization;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Audit;
using HelpdeskDashboard.Features.Sla;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Tickets.Workflow;

/// <summary>
/// Tells an agent whose change lost a race what the ticket looks like now and who touched it last, read afresh,
/// so they can decide whether their reply still fits.
/// </summary>
internal static class TicketConflictMessage
{
    public static async Task<string> DescribeAsync(
        HelpdeskDbContext db, int ticketId, int yourVersion, BusinessCalendar calendar, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.AsNoTracking()
            .Where(t => t.Id == ticketId)
            .Select(t => new { t.Version, t.Status, Assignee = t.Assignee == null ? null : t.Assignee.DisplayName })
            .SingleAsync(cancellationToken);

        var now = $"It is now {TicketStatusRules.Text(ticket.Status)} and {(ticket.Assignee is null ? "unassigned" : $"assigned to {ticket.Assignee}")}";
        var latest = await LatestActivityAsync(db, ticketId, cancellationToken);
        var by = latest is null
            ? ""
            : $"; the latest change was {latest.Value.What} at {HelpdeskDashboard.Platform.Time.DisplayFormat.Converted(calendar.ToCompanyTime(new DateTimeOffset(latest.Value.AtUtcTicks, TimeSpan.Zero)))}";

        return $"Ticket #{ticketId} was changed by someone else after you opened it (you had version {yourVersion}, it is at version {ticket.Version}). "
            + $"{now}{by}. Nothing was saved: reload the ticket and try again.";
    }

    private static async Task<(long AtUtcTicks, string What)?> LatestActivityAsync(HelpdeskDbContext db, int ticketId, CancellationToken cancellationToken)
    {
        var message = await db.TicketMessages.AsNoTracking()
            .Where(m => m.TicketId == ticketId)
            .OrderByDescending(m => m.CreatedUtcTicks).ThenByDescending(m => m.Id)
            .Select(m => new
            {
                m.CreatedUtcTicks,
                m.AuthorKind,
                m.IsInternalNote,
                Author = m.AuthorAgent != null ? m.AuthorAgent.DisplayName : m.AuthorCustomerUser != null ? m.AuthorCustomerUser.DisplayName : null,
            })
            .FirstOrDefaultAsync(cancellationToken);
        var change = await db.TicketStatusChanges.AsNoTracking()
            .Where(c => c.TicketId == ticketId)
            .OrderByDescending(c => c.AtUtcTicks).ThenByDescending(c => c.Id)
            .Select(c => new { c.AtUtcTicks, c.ToStatus, By = c.ByAgent == null ? null : c.ByAgent.DisplayName })
            .FirstOrDefaultAsync(cancellationToken);
        var entityId = ticketId.ToString(CultureInfo.InvariantCulture);
        var audit = await db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == TicketAudit.EntityType && e.EntityId == entityId)
            .OrderByDescending(e => e.AtUtcTicks).ThenByDescending(e => e.Id)
            .FirstOrDefaultAsync(cancellationToken);

        var candidates = new List<(long AtUtcTicks, string What)>();
        if (change is not null)
        {
            candidates.Add((change.AtUtcTicks, $"the status set to {TicketStatusRules.Text(change.ToStatus)} by {change.By ?? "the system"}"));
        }

        if (message is not null)
        {
            var kind = message.AuthorKind switch
            {
                MessageAuthorKind.Customer => "a message from the customer",
                MessageAuthorKind.Agent when message.IsInternalNote => "an internal note",
                MessageAuthorKind.Agent => "a reply",
                _ => "a system note",
            };
            candidates.Add((message.CreatedUtcTicks, message.Author is null ? kind : $"{kind} by {message.Author}"));
        }

        if (audit is not null)
        {
            candidates.Add((audit.AtUtcTicks, $"{TicketAudit.Describe(audit)} by {audit.Actor}"));
        }

        // On equal instants the audit entry (an assignment) is the most telling, then the message (a reply that also
        // opened the ticket), then the status change.
        return candidates.Count == 0 ? null : candidates.Select((c, order) => (c, order)).MaxBy(x => (x.c.AtUtcTicks, x.order)).c;
    }
}

/// <summary>How ticket changes appear in the audit log.</summary>
internal static class TicketAudit
{
    public const string EntityType = "Ticket";

    public const string Assigned = "TicketAssigned";

    public const string Reassigned = "TicketReassigned";

    public const string Unassigned = "TicketUnassigned";

    public static string Describe(AuditEntry entry) => entry.Action switch
    {
        Assigned => $"the assignment to {entry.NewValue}",
        Reassigned => $"the reassignment from {entry.OldValue} to {entry.NewValue}",
        Unassigned => $"the removal of {entry.OldValue} as assignee",
        _ => entry.Action,
    };
}
