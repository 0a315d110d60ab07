using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Notifications.Email;
using HelpdeskDashboard.Features.Notifications.Preferences;
using HelpdeskDashboard.Features.Tickets.Attachments;
using HelpdeskDashboard.Features.Tickets.ResponseClock;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Platform.Text;
using HelpdeskDashboard.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Features.Tickets.Mail;

/// <summary>
/// Queues the mails a ticket change owes people, in the caller's context so they commit with the change (or not at
/// all). Customers hear of their request, public replies, "waiting on you" and "resolved"; agents of a ticket given to
/// them by someone else, a customer's message on their ticket and (configurable) every new unassigned ticket. Each
/// recipient reads times in their own zone, and nobody gets a category they switched off. Internal notes are never
/// mailed: no method here takes one.
/// </summary>
/// <remarks>
/// Customer mails go to the ticket's participants (the customer's people who wrote on it); a ticket none of them wrote
/// (recorded by an agent) goes to all of the customer's people. Every mail names the ticket as <c>[#12]</c> in the
/// subject and threads under it (OutboxMimeBuilder), with Reply-To the support address, so a reply finds its way back.
/// </remarks>
public sealed class TicketMailer(
    OutboxWriter outbox,
    IOptions<EmailOptions> emailOptions,
    IOptions<AttachmentOptions> attachmentOptions,
    TierCatalog catalog,
    TicketClock clock)
{
    /// <summary>"[#12] Subject": the tag a reply keeps, and what mail in looks for when the thread headers are gone.</summary>
    public static string Subject(int ticketId, string text) => $"[#{ticketId}] {text}";

    public async Task QueueReceivedAsync(HelpdeskDbContext db, Ticket ticket, int? requesterId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ticket);
        var (companyName, tier) = await CustomerAsync(db, ticket, cancellationToken);
        if (requesterId is { } id)
        {
            foreach (var person in await CustomersAsync(db, ticket, [id], MailCategory.RequestReceived, cancellationToken))
            {
                var body = new MailBody().ReplyMarker()
                    .Paragraph($"Hello {person.FirstName},")
                    .Paragraph($"we received your request #{ticket.Id} \"{ticket.Subject}\".");
                foreach (var line in ReceivedTerms(ticket, tier, person.Zone))
                {
                    body.Paragraph(line);
                }

                body.Paragraph("To add something, simply reply to this mail; attachments are welcome.")
                    .Link("Follow your request", TicketLink(ticket.Id));
                await QueueAsync(db, person.Email, Subject(ticket.Id, $"We received your request: {ticket.Subject}"), body, ticket.Id,
                    automatic: true, $"ticket-{ticket.Id}:received:customer-{person.Id}", [], cancellationToken);
            }
        }

        if (ticket.AssigneeAgentId is null && emailOptions.Value.Conversations.NotifyAgentsOfNewUnassignedTickets)
        {
            var firstMessage = ticket.Messages.FirstOrDefault(m => m.AuthorKind == MessageAuthorKind.Customer)?.Body ?? "";
            foreach (var agent in await AgentsAsync(db, null, MailCategory.NewUnassignedTickets, cancellationToken))
            {
                var body = new MailBody()
                    .Paragraph($"A new ticket arrived and nobody has taken it yet.")
                    .Facts(TicketFacts(ticket, companyName, tier, agent.Zone))
                    .Quote($"{companyName} wrote:", Excerpt(firstMessage))
                    .Link("Open the ticket", TicketLink(ticket.Id));
                await QueueAsync(db, agent.Email, Subject(ticket.Id, $"New ticket from {companyName}: {ticket.Subject}"), body, ticket.Id,
                    automatic: true, $"ticket-{ticket.Id}:new-unassigned:agent-{agent.Id}", [], cancellationToken);
            }
        }
    }

    /// <summary>A public reply, to the customer's people, with its files (or, above the mail limit, where to fetch them).</summary>
    public async Task QueueAgentReplyAsync(HelpdeskDbContext db, Ticket ticket, TicketMessage reply, string agentName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.IsInternalNote)
        {
            return; // never, whatever the caller thinks
        }

        var history = await HistoryAsync(db, ticket.Id, emailOptions.Value.Conversations.HistoryMessages, cancellationToken);
        var files = reply.Attachments;
        var attach = files.Sum(f => f.SizeBytes) <= attachmentOptions.Value.MailAttachUpToBytes;
        IReadOnlyList<OutboxFile> mailFiles = attach ? [.. files.Select(f => new OutboxFile(f.FileName, f.ContentType, f.Sha256, f.SizeBytes))] : [];
        var author = PersonName.First(agentName) ?? "Support";
        foreach (var person in await CustomersAsync(db, ticket, null, MailCategory.AgentReplies, cancellationToken))
        {
            var body = new MailBody().ReplyMarker()
                .Quote($"{author} from support wrote:", reply.Body);
            if (files.Count > 0)
            {
                body.List(attach ? "Attached:" : "Files too large to attach together; download them from the ticket:",
                    files.Select(f => ($"{f.FileName} ({AttachmentSize.Text(f.SizeBytes)})", attach ? null : TicketLink(ticket.Id))));
            }

            body.Link($"Ticket #{ticket.Id}", TicketLink(ticket.Id));
            if (history.Count > 0)
            {
                body.Separator("Earlier in this conversation");
                foreach (var earlier in history)
                {
                    body.Quote($"{earlier.Author}, {DisplayFormat.Instant(earlier.At, person.Zone)}:", Excerpt(earlier.Body));
                }
            }

            await QueueAsync(db, person.Email, Subject(ticket.Id, ticket.Subject), body, ticket.Id, automatic: false, null, mailFiles, cancellationToken);
        }
    }

    /// <summary>"Waiting on you" and "resolved" to the customer's people; other statuses say nothing.</summary>
    public async Task QueueStatusAsync(HelpdeskDbContext db, Ticket ticket, TicketStatus status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ticket);
        var category = status switch
        {
            TicketStatus.WaitingOnCustomer => MailCategory.WaitingOnYou,
            TicketStatus.Resolved => MailCategory.Resolved,
            _ => (MailCategory?)null,
        };
        if (category is not { } wanted)
        {
            return;
        }

        foreach (var person in await CustomersAsync(db, ticket, null, wanted, cancellationToken))
        {
            var body = new MailBody().ReplyMarker().Paragraph($"Hello {person.FirstName},");
            string subject;
            if (wanted == MailCategory.WaitingOnYou)
            {
                subject = $"We need your answer: {ticket.Subject}";
                body.Paragraph($"support is waiting for your answer on request #{ticket.Id} \"{ticket.Subject}\" before they can go on.")
                    .Paragraph("Reply to this mail, or write in the portal.");
            }
            else
            {
                subject = $"Resolved: {ticket.Subject}";
                body.Paragraph($"your request #{ticket.Id} \"{ticket.Subject}\" is marked as resolved.")
                    .Paragraph("Not solved after all? Just reply to this mail and the request reopens.");
            }

            body.Link($"Ticket #{ticket.Id}", TicketLink(ticket.Id));
            await QueueAsync(db, person.Email, Subject(ticket.Id, subject), body, ticket.Id, automatic: true, null, [], cancellationToken);
        }
    }

    /// <summary>To the new assignee, unless they took the ticket themselves.</summary>
    public async Task QueueAssignedAsync(HelpdeskDbContext db, Ticket ticket, int toAgentId, int? byAgentId, string byName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ticket);
        if (toAgentId == byAgentId)
        {
            return;
        }

        var (companyName, tier) = await CustomerAsync(db, ticket, cancellationToken);
        foreach (var agent in await AgentsAsync(db, toAgentId, MailCategory.AssignedToMe, cancellationToken))
        {
            var body = new MailBody()
                .Paragraph($"{byName} assigned ticket #{ticket.Id} to you.")
                .Facts(TicketFacts(ticket, companyName, tier, agent.Zone))
                .Link("Open the ticket", TicketLink(ticket.Id));
            await QueueAsync(db, agent.Email, Subject(ticket.Id, $"Assigned to you: {ticket.Subject}"), body, ticket.Id, automatic: true, null, [], cancellationToken);
        }
    }

    /// <summary>A customer's message (portal or mail) to the ticket's assignee.</summary>
    public async Task QueueCustomerMessageAsync(HelpdeskDbContext db, Ticket ticket, TicketMessage message, string authorName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(message);
        if (ticket.AssigneeAgentId is not { } assignee)
        {
            return;
        }

        var (companyName, tier) = await CustomerAsync(db, ticket, cancellationToken);
        foreach (var agent in await AgentsAsync(db, assignee, MailCategory.CustomerReplies, cancellationToken))
        {
            var body = new MailBody()
                .Quote($"{authorName} ({companyName}) wrote{(message.ViaEmail ? " by e-mail" : "")}:", message.Body);
            if (message.Attachments.Count > 0)
            {
                body.List("With files:", message.Attachments.Select(f => ($"{f.FileName} ({AttachmentSize.Text(f.SizeBytes)})", (string?)null)));
            }

            body.Facts(TicketFacts(ticket, companyName, tier, agent.Zone))
                .Link("Open the ticket", TicketLink(ticket.Id));
            await QueueAsync(db, agent.Email, Subject(ticket.Id, $"{companyName} replied: {ticket.Subject}"), body, ticket.Id,
                automatic: true, null, [], cancellationToken);
        }
    }

    /// <summary>What the customer can expect, by kind of request: the target and due instant, the hourly rate, the fee.</summary>
    private IEnumerable<string> ReceivedTerms(Ticket ticket, TierDefinition tier, TimeZoneInfo zone)
    {
        switch (ticket.Kind)
        {
            case TicketKind.PaidSupportRequest:
                yield return $"This is a paid support request: there is no response target on your {tier.DisplayName} plan, and support is charged at {tier.ExtraHourRate} per hour.";
                yield break;
            case TicketKind.NewProjectRequest:
                yield return tier.NewProjectFee.IsZero
                    ? $"A new project is included in your {tier.DisplayName} plan."
                    : $"The new-project fee of {tier.NewProjectFee} applies once; changes are charged at {tier.ChangeRate} per hour.";
                break;
        }

        if (ticket.ResponseTargetTicks is { } target && ticket.ResponseDueUtcTicks is { } due)
        {
            var at = new DateTimeOffset(due, TimeSpan.Zero);
            yield return $"Your {tier.DisplayName} plan promises a first answer within {DisplayFormat.BusinessHours(TimeSpan.FromTicks(target))}: "
                + $"by {DisplayFormat.Instant(at, zone)} ({DisplayFormat.Zone(zone, at)}).";
        }
        else if (ticket.Kind == TicketKind.SupportInquiry)
        {
            yield return $"Your {tier.DisplayName} plan has no response target; we answer as soon as we can.";
        }
    }

    private (string, string)[] TicketFacts(Ticket ticket, string companyName, TierDefinition tier, TimeZoneInfo zone)
    {
        var due = ticket.AwaitingResponse && ticket.ResponseDueUtcTicks is { } ticks ? new DateTimeOffset(ticks, TimeSpan.Zero) : (DateTimeOffset?)null;
        return
        [
            ("Ticket", $"#{ticket.Id} {ticket.Subject}"),
            ("Customer", $"{companyName} ({tier.DisplayName})"),
            ("Kind", TicketText.Kind(ticket.Kind)),
            ("Reply due", due is { } d ? $"{DisplayFormat.Instant(d, zone)} ({DisplayFormat.Zone(zone, d)})" : "no response target"),
        ];
    }

    /// <summary>The ticket's company and its current tier, as the mails name them.</summary>
    private async Task<(string CompanyName, TierDefinition Tier)> CustomerAsync(HelpdeskDbContext db, Ticket ticket, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.AsNoTracking()
            .Where(c => c.Id == ticket.CustomerId)
            .Select(c => new { c.CompanyName, c.CurrentTier })
            .SingleAsync(cancellationToken);
        return (customer.CompanyName, catalog.Get(customer.CurrentTier));
    }

    private async Task QueueAsync(
        HelpdeskDbContext db, string to, string subject, MailBody body, int ticketId, bool automatic, string? key,
        IReadOnlyList<OutboxFile> files, CancellationToken cancellationToken)
    {
        var (html, text) = body.Build();
        await outbox.TryAddAsync(db, new NewOutboxMessage(to, Truncate(subject), html, text, key)
        {
            TicketId = ticketId,
            IsAutomatic = automatic,
            ReplyTo = emailOptions.Value.ReplyAddress,
            Attachments = files,
        }, cancellationToken);
    }

    private async Task<List<Recipient>> CustomersAsync(
        HelpdeskDbContext db, Ticket ticket, IReadOnlyCollection<int>? only, MailCategory category, CancellationToken cancellationToken)
    {
        var ids = only ?? (IReadOnlyCollection<int>)await ParticipantsAsync(db, ticket, cancellationToken);
        var query = db.CustomerUsers.AsNoTracking().Where(u => u.CustomerId == ticket.CustomerId);
        if (ids.Count > 0)
        {
            query = query.Where(u => ids.Contains(u.Id));
        }

        var people = await query.Select(u => new { u.Id, u.Email, u.DisplayName, u.TimeZone }).ToListAsync(cancellationToken);
        var off = await MailPreferences.OptedOutAsync(db, MailRecipientKind.Customer, [.. people.Select(p => p.Id)], category, cancellationToken);
        return [.. people.Where(p => !off.Contains(p.Id)).Select(p => new Recipient(p.Id, p.Email, PersonName.First(p.DisplayName) ?? p.DisplayName, Zone(p.TimeZone)))];
    }

    private static async Task<List<int>> ParticipantsAsync(HelpdeskDbContext db, Ticket ticket, CancellationToken cancellationToken)
    {
        var saved = await db.TicketMessages.AsNoTracking()
            .Where(m => m.TicketId == ticket.Id && m.AuthorCustomerUserId != null)
            .Select(m => m.AuthorCustomerUserId!.Value)
            .Distinct()
            .ToListAsync(cancellationToken);
        var staged = db.TicketMessages.Local.Where(m => m.TicketId == ticket.Id && m.AuthorCustomerUserId is not null).Select(m => m.AuthorCustomerUserId!.Value);
        return [.. saved.Union(staged)];
    }

    private async Task<List<Recipient>> AgentsAsync(HelpdeskDbContext db, int? only, MailCategory category, CancellationToken cancellationToken)
    {
        var agents = await db.Agents.AsNoTracking()
            .Where(a => a.IsActive && (only == null || a.Id == only))
            .Select(a => new { a.Id, a.Email, a.DisplayName, a.TimeZone })
            .ToListAsync(cancellationToken);
        var off = await MailPreferences.OptedOutAsync(db, MailRecipientKind.Agent, [.. agents.Select(a => a.Id)], category, cancellationToken);
        return [.. agents.Where(a => !off.Contains(a.Id)).Select(a => new Recipient(a.Id, a.Email, PersonName.First(a.DisplayName) ?? a.DisplayName, Zone(a.TimeZone)))];
    }

    private static async Task<List<Earlier>> HistoryAsync(HelpdeskDbContext db, int ticketId, int count, CancellationToken cancellationToken)
    {
        if (count == 0)
        {
            return [];
        }

        var rows = await db.TicketMessages.AsNoTracking()
            .Where(m => m.TicketId == ticketId && !m.IsInternalNote && m.AuthorKind != MessageAuthorKind.System)
            .OrderByDescending(m => m.CreatedUtcTicks).ThenByDescending(m => m.Id)
            .Take(count)
            .Select(m => new
            {
                m.AuthorKind,
                Agent = m.AuthorAgent == null ? null : m.AuthorAgent.DisplayName,
                Customer = m.AuthorCustomerUser == null ? null : m.AuthorCustomerUser.DisplayName,
                m.Body,
                m.CreatedUtcTicks,
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new Earlier(
            r.AuthorKind == MessageAuthorKind.Agent ? $"{PersonName.First(r.Agent) ?? "Support"} from support" : r.Customer ?? "You",
            r.Body,
            new DateTimeOffset(r.CreatedUtcTicks, TimeSpan.Zero)))];
    }

    private string TicketLink(int ticketId) => $"{emailOptions.Value.PublicBaseUrl.TrimEnd('/')}/tickets/{ticketId}";

    private TimeZoneInfo Zone(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : clock.Calendar.TimeZone;

    private static string Excerpt(string text) => text.Length <= 2000 ? text : text[..2000] + " …";

    private static string Truncate(string text)
    {
        var subject = text.ReplaceLineEndings(" ");
        return subject.Length <= NewOutboxMessageValidator.SubjectMaxLength ? subject : subject[..(NewOutboxMessageValidator.SubjectMaxLength - 1)] + "…";
    }

    private sealed record Recipient(int Id, string Email, string FirstName, TimeZoneInfo Zone);

    private sealed record Earlier(string Author, string Body, DateTimeOffset At);
}
