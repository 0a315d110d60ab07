using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Tickets.Attachments;
using HelpdeskDashboard.Features.Tickets.ResponseClock;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Tickets.Details;

/// <summary>
/// One ticket for its page, through the query gate: the support team sees everything; a customer user sees only
/// their own customer's tickets (others are "not found"), without internal notes. Time entries are billing's
/// (<c>ITimeTracking.EntriesAsync</c>). The SLA reading and timeline are
/// computed from the full history, internal notes included (they never change the clock).
/// </summary>
public sealed class TicketDetailsQuery(
    IDbContextFactory<HelpdeskDbContext> dbFactory,
    ICurrentUser currentUser,
    ScopedQueries scopedQueries,
    TimeProvider timeProvider,
    TicketClock clock) : ITicketDetailsQuery
{
    public const string SystemAuthorName = "System";

    public async Task<TicketDetails?> GetAsync(int ticketId, CancellationToken cancellationToken = default)
    {
        var scope = await scopedQueries.GetScopeAsync();
        var seesInternals = await currentUser.IsAuthorizedAsync(Policies.Agent);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ticket = await scope.Tickets(db).AsNoTracking()
            .Where(t => t.Id == ticketId)
            .Select(t => new { Ticket = t, Customer = t.Customer!, AssigneeName = t.Assignee == null ? null : t.Assignee.DisplayName })
            .FirstOrDefaultAsync(cancellationToken);
        if (ticket is null)
        {
            return null;
        }

        var messages = await db.TicketMessages.AsNoTracking()
            .Where(m => m.TicketId == ticketId)
            .OrderBy(m => m.CreatedUtcTicks).ThenBy(m => m.Id)
            .Select(m => new
            {
                Message = m,
                AgentName = m.AuthorAgent == null ? null : m.AuthorAgent.DisplayName,
                CustomerUserName = m.AuthorCustomerUser == null ? null : m.AuthorCustomerUser.DisplayName,
            })
            .ToListAsync(cancellationToken);
        var visibleIds = messages.Where(m => seesInternals || !m.Message.IsInternalNote).Select(m => m.Message.Id).ToList();
        var files = (await db.TicketAttachments.AsNoTracking()
                .Where(a => visibleIds.Contains(a.TicketMessageId))
                .OrderBy(a => a.Id)
                .Select(a => new { a.TicketMessageId, View = new AttachmentView(a.Id, a.FileName, a.ContentType, a.SizeBytes) })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.TicketMessageId, a => a.View);
        var statusChanges = await db.TicketStatusChanges.AsNoTracking().Where(c => c.TicketId == ticketId).ToListAsync(cancellationToken);
        var tiers = await TicketHistoryQueries.TierHistoryAsync(db, ticket.Customer, clock.Calendar.TimeZone, cancellationToken);

        var now = timeProvider.GetUtcNow();
        var events = clock.Events(ticket.Ticket, tiers, messages.Select(m => m.Message), statusChanges);
        var t = ticket.Ticket;
        return new TicketDetails(
            t.Id,
            t.Version,
            t.Subject,
            t.Kind,
            t.Status,
            t.CustomerId,
            ticket.Customer.CompanyName,
            ticket.Customer.CurrentTier,
            t.AssigneeAgentId,
            ticket.AssigneeName,
            TicketSlaEvents.Instant(t.CreatedUtcTicks),
            t.AwaitingResponse,
            messages
                .Where(m => seesInternals || !m.Message.IsInternalNote)
                .Select(m => new TicketMessageView(
                    m.Message.Id,
                    m.Message.AuthorKind,
                    AuthorName(m.Message.AuthorKind, m.AgentName, m.CustomerUserName, ticket.Customer.CompanyName),
                    m.Message.Body,
                    TicketSlaEvents.Instant(m.Message.CreatedUtcTicks),
                    m.Message.IsInternalNote,
                    [.. files[m.Message.Id]],
                    m.Message.ViaEmail))
                .ToList(),
            clock.Read(events, now),
            clock.Timeline(events, now));
    }

    private static string AuthorName(MessageAuthorKind kind, string? agentName, string? customerUserName, string companyName) => kind switch
    {
        MessageAuthorKind.Agent => agentName ?? "Support",
        // A message an agent recorded for the customer (a phone call) has no person attached.
        MessageAuthorKind.Customer => customerUserName ?? companyName,
        _ => SystemAuthorName,
    };
}
