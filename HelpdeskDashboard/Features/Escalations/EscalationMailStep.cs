using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Notifications;
using HelpdeskDashboard.Features.Notifications.Email;
using HelpdeskDashboard.Features.Notifications.Preferences;
using HelpdeskDashboard.Features.Sla;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Features.Escalations;

/// <summary>
/// Sends the held escalation e-mails that are due: per recipient one mail, or one digest for several. Each item is
/// checked again first: its clock must still be the one that escalated and still be waiting for a reply, the person
/// active and the category not muted; otherwise it is withdrawn (the bell already told them; a mail about a stopped
/// clock, or one they switched off, would only be noise, also later).
/// </summary>
public sealed class EscalationMailStep(OutboxWriter outbox, IOptions<EmailOptions> emailOptions, BusinessCalendar calendar)
{
    /// <summary>
    /// Sends the held escalation e-mails due at <paramref name="now"/> (inside the caller's transaction): per recipient
    /// one mail, or one digest for several; items whose clock stopped meanwhile are withdrawn. Saves its changes; with
    /// the caller's transaction open they commit with it.
    /// </summary>
    public async Task RunAsync(HelpdeskDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var due = await db.EscalationMails
            .Include(m => m.Escalation)
            .Where(m => m.Status == EscalationMailStatus.Held && m.SendAfterUtcTicks <= now.UtcTicks)
            .OrderBy(m => m.Id)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return;
        }

        var ticketIds = due.Select(m => m.Escalation!.TicketId).Distinct().ToList();
        var tickets = await db.Tickets.AsNoTracking()
            .Where(t => ticketIds.Contains(t.Id))
            .Select(t => new TicketNow(
                t.Id, t.Subject, t.Customer!.CompanyName, t.ResponseClockStartedUtcTicks, t.AwaitingResponse, t.ResponseDueUtcTicks,
                t.Assignee == null ? null : t.Assignee.DisplayName))
            .ToDictionaryAsync(t => t.Id, cancellationToken);
        var recipientIds = due.Select(m => m.RecipientAgentId).Distinct().ToList();
        var people = await db.Agents.AsNoTracking()
            .Where(a => recipientIds.Contains(a.Id) && a.IsActive)
            .Select(a => new Person(a.Id, a.Email, a.TimeZone))
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var muted = new HashSet<(int AgentId, int Category)>();
        foreach (var category in due.Select(m => m.Category).Distinct())
        {
            var ids = due.Where(m => m.Category == category).Select(m => m.RecipientAgentId).Distinct().ToList();
            foreach (var id in await MailPreferences.OptedOutAsync(db, MailRecipientKind.Agent, ids, (MailCategory)category, cancellationToken))
            {
                muted.Add((id, category));
            }
        }

        var sending = new List<(EscalationMail Row, OutboxMessage Message)>();
        foreach (var group in due.GroupBy(m => m.RecipientAgentId))
        {
            var items = new List<(EscalationMail Row, TicketNow Ticket)>();
            foreach (var row in group)
            {
                var notice = row.Escalation!;
                var live = tickets.TryGetValue(notice.TicketId, out var ticket)
                    && ticket.AwaitingResponse && ticket.ClockStartedUtcTicks == notice.ClockStartedUtcTicks;
                if (!live || !people.ContainsKey(row.RecipientAgentId) || muted.Contains((row.RecipientAgentId, row.Category)))
                {
                    row.Status = EscalationMailStatus.Withdrawn;
                    continue;
                }

                items.Add((row, ticket!));
            }

            // A clock held at risk that breached meanwhile: the breach says it all.
            foreach (var atRisk in items.Where(i => i.Row.Escalation!.Threshold == EscalationThreshold.AtRisk
                && items.Any(b => b.Row.Escalation!.Threshold == EscalationThreshold.Breached && b.Ticket.Id == i.Ticket.Id)).ToList())
            {
                atRisk.Row.Status = EscalationMailStatus.Withdrawn;
                items.Remove(atRisk);
            }

            if (items.Count == 0)
            {
                continue;
            }

            var person = people[group.Key];
            if (await QueueAsync(db, person, items, cancellationToken) is { } message)
            {
                sending.AddRange(items.Select(i => (i.Row, message)));
            }
        }

        await db.SaveChangesAsync(cancellationToken); // gives the new outbox messages their ids
        foreach (var (row, message) in sending)
        {
            row.Status = EscalationMailStatus.Sent;
            row.OutboxMessageId = message.Id;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The outbox message carrying <paramref name="items"/>: the one added now, or the one already stored under its key.</summary>
    private async Task<OutboxMessage?> QueueAsync(
        HelpdeskDbContext db, Person person, List<(EscalationMail Row, TicketNow Ticket)> items, CancellationToken cancellationToken)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(person.TimeZone, out var own) ? own : calendar.TimeZone;
        var baseUrl = emailOptions.Value.PublicBaseUrl;
        var mailItems = items.Select(i => Item(i.Row.Escalation!, i.Ticket)).ToList();
        string subject, html, text, key;
        int? ticketId = null;
        if (items.Count == 1)
        {
            var row = items[0].Row;
            (subject, html, text) = EscalationMailText.Single(mailItems[0], zone, baseUrl, held: row.SendAfterUtcTicks > row.Escalation!.ProcessedUtcTicks);
            key = $"sla-esc:{row.EscalationId}:agent-{person.Id}";
            ticketId = items[0].Ticket.Id;
        }
        else
        {
            (subject, html, text) = EscalationMailText.Digest(mailItems, zone, baseUrl);
            // The latest hold of the items: a later digest for the same person holds mails that arrived later.
            key = $"sla-digest:agent-{person.Id}:{items.Max(i => i.Row.SendAfterUtcTicks)}";
        }

        var added = await outbox.TryAddAsync(db, new NewOutboxMessage(person.Email, subject, html, text, key)
        {
            TicketId = ticketId,
            IsAutomatic = true,
        }, cancellationToken);
        return added
            ? db.OutboxMessages.Local.Single(m => m.DeduplicationKey == key)
            : await db.OutboxMessages.FirstOrDefaultAsync(m => m.DeduplicationKey == key, cancellationToken);
    }

    private static EscalationMailItem Item(EscalationNotice notice, TicketNow ticket) => new(
        ticket.Id, ticket.Subject, ticket.CompanyName, notice.Threshold,
        new DateTimeOffset(ticket.DueUtcTicks ?? notice.DueUtcTicks, TimeSpan.Zero),
        new DateTimeOffset(notice.ProcessedUtcTicks, TimeSpan.Zero),
        ticket.AssigneeName);

    private sealed record TicketNow(
        int Id, string Subject, string CompanyName, long? ClockStartedUtcTicks, bool AwaitingResponse, long? DueUtcTicks, string? AssigneeName);

    private sealed record Person(int Id, string Email, string TimeZone);
}
