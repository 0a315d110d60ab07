using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Mailbox.Reading;
using HelpdeskDashboard.Features.Notifications.Email;
using HelpdeskDashboard.Features.Portal.Tickets;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.Attachments;
using HelpdeskDashboard.Features.Tickets.Workflow;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Platform.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace HelpdeskDashboard.Features.Mailbox;

/// <summary>What became of one received mail; <see cref="Duplicate"/> when it had been read before (nothing done).</summary>
public sealed record InboundResult(InboundOutcome Outcome, int? InboundMailId, string? Detail, int? TicketId = null, bool Duplicate = false);

/// <summary>
/// Turns one received mail into what it should be, through the same services the portal uses. In order:
/// the raw mail is kept (content store) and claimed by its Message-Id (a second copy does nothing); our own mails coming
/// back, bounces (the outbox message is marked failed) and automatic mail (auto-replies, bulk) are kept and never
/// answered; a sender over the hourly limit waits for review; a customer's person answering one of our mails or
/// naming <c>[#12]</c> of their company's ticket adds a message to it (the portal's reply rules: the clock starts, a
/// waiting or resolved ticket reopens); otherwise a Gold or Platinum person files a support inquiry, a Basic person
/// is answered with the forum and paid support, and anybody else waits for review, unanswered (no backscatter).
/// </summary>
public sealed class InboundMailProcessor(
    IDbContextFactory<HelpdeskDbContext> dbFactory,
    ContentStore store,
    ITicketWorkflow workflow,
    PortalInquiryService inquiries,
    OutboxWriter outbox,
    OutboxBounces bounces,
    TierCatalog catalog,
    IOptions<InboundOptions> inboundOptions,
    IOptions<EmailOptions> emailOptions,
    IOptions<AttachmentOptions> attachmentOptions,
    IOptions<PortalTicketsOptions> portalOptions,
    TimeProvider time,
    ILogger<InboundMailProcessor> logger)
{
    public async Task<InboundResult> ProcessAsync(Stream raw, InboundSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(raw);
        StoredContent stored;
        try
        {
            stored = await store.SaveAsync(raw, inboundOptions.Value.MaxMessageBytes, cancellationToken);
        }
        catch (ContentTooLargeException)
        {
            return new InboundResult(InboundOutcome.Rejected, null, $"larger than {AttachmentSize.Text(inboundOptions.Value.MaxMessageBytes)} (Email:Inbound:MaxMessageBytes)");
        }

        await using var file = store.OpenRead(stored.Sha256) ?? throw new FileNotFoundException("A mail just stored is missing.", stored.Sha256);
        MimeMessage message;
        try
        {
            // persistent: parts stay slices of the file, so a 25 MB attachment is never held in memory.
            message = await MimeMessage.LoadAsync(ParserOptions.Default, file, persistent: true, cancellationToken);
        }
        catch (FormatException error)
        {
            return new InboundResult(InboundOutcome.Rejected, null, $"not a mail: {error.Message}");
        }

        using (message)
        {
            return await ProcessAsync(message, stored, source, cancellationToken);
        }
    }

    private async Task<InboundResult> ProcessAsync(MimeMessage message, StoredContent raw, InboundSource source, CancellationToken cancellationToken)
    {
        var email = emailOptions.Value;
        var from = message.From.Mailboxes.FirstOrDefault() ?? message.Sender;
        var row = new InboundMail
        {
            MessageId = Limit(message.MessageId is { Length: > 0 } id ? id : $"sha256:{raw.Sha256}", InboundLimits.MessageIdMaxLength),
            FromAddress = Limit(from?.Address ?? "", 254),
            FromName = from?.Name is { Length: > 0 } name ? Limit(name, 200) : null,
            Subject = Limit(OneLine(message.Subject), TicketLimits.SubjectMaxLength),
            ReceivedUtcTicks = time.GetUtcNow().UtcTicks,
            Source = source,
            Outcome = InboundOutcome.AwaitingReview,
            Detail = "being processed",
            Text = "", // read below, once the mail is known to be new
            RawSha256 = raw.Sha256,
            RawSizeBytes = raw.Length,
        };

        // Claim the Message-Id first, before the body is read: a second copy (a restart, two instances) stops here.
        // If processing dies half-way the mail stays listed for review, never lost.
        if (!await ClaimAsync(row, cancellationToken))
        {
            return new InboundResult(InboundOutcome.Ignored, null, "read before (same Message-Id)", Duplicate: true);
        }

        // Stored before deciding (and whatever the caller's token says, like the outcome below), so a mail whose
        // processing dies still shows its text to the reviewer.
        var content = MailContent.Read(message, attachmentOptions.Value);
        row.Text = content.Text;
        row.AttachmentCount = content.Files.Count;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            await db.InboundMails.Where(m => m.Id == row.Id).ExecuteUpdateAsync(set => set
                .SetProperty(m => m.Text, row.Text)
                .SetProperty(m => m.AttachmentCount, row.AttachmentCount), CancellationToken.None);
        }

        var (outcome, detail, ticketId, customerUserId) = await DecideAsync(message, row, content, email, cancellationToken);
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            await db.InboundMails.Where(m => m.Id == row.Id).ExecuteUpdateAsync(set => set
                .SetProperty(m => m.Outcome, outcome)
                .SetProperty(m => m.Detail, detail == null ? null : Limit(detail, 1000))
                .SetProperty(m => m.TicketId, ticketId)
                .SetProperty(m => m.CustomerUserId, customerUserId), CancellationToken.None);
        }

        logger.LogInformation("Mail {InboundId} from {From}: {Outcome} ({Detail}).", row.Id, row.FromAddress, outcome, detail);
        return new InboundResult(outcome, row.Id, detail, ticketId);
    }

    private async Task<(InboundOutcome, string?, int?, int?)> DecideAsync(
        MimeMessage message, InboundMail row, MailContent content, EmailOptions email, CancellationToken cancellationToken)
    {
        if (TicketReferences.IsOurs(message.MessageId, email.From))
        {
            return (InboundOutcome.Ignored, "one of our own mails came back", null, null);
        }

        if (BounceReport.Read(message) is { } bounce)
        {
            var outboxId = bounce.OriginalMessageId is { } original ? TicketReferences.OutboxMails([original], email.From).FirstOrDefault() : 0;
            if (outboxId > 0 && await bounces.MarkFailedAsync(outboxId, bounce.Reason, cancellationToken))
            {
                return (InboundOutcome.Bounce, $"outbox message #{outboxId} marked failed: {bounce.Reason}", null, null);
            }

            return (InboundOutcome.Bounce, $"about a mail that is not ours: {bounce.Reason}", null, null);
        }

        if (AutomaticMail.Why(message) is { } automatic)
        {
            return (InboundOutcome.Ignored, automatic, null, null);
        }

        if (row.FromAddress.Length == 0)
        {
            return (InboundOutcome.AwaitingReview, "no sender address", null, null);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var hourAgo = row.ReceivedUtcTicks - TimeSpan.TicksPerHour;
        var recent = await db.InboundMails.CountAsync(m => m.FromAddress == row.FromAddress && m.ReceivedUtcTicks > hourAgo && m.Id != row.Id, cancellationToken);
        if (recent >= inboundOptions.Value.MaxMailsPerSenderPerHour)
        {
            return (InboundOutcome.AwaitingReview, $"more than {inboundOptions.Value.MaxMailsPerSenderPerHour} mails from this sender within an hour", null, null);
        }

        var sender = await db.CustomerUsers.AsNoTracking()
            .Where(u => u.Email == row.FromAddress)
            .Select(u => new { u.Id, u.CustomerId, u.DisplayName, u.Customer!.CurrentTier })
            .FirstOrDefaultAsync(cancellationToken);
        if (sender is null)
        {
            return (InboundOutcome.AwaitingReview, "unknown sender", null, null);
        }

        // Which ticket it answers: thread headers first (exact), then the subject tag.
        var references = TicketReferences.ReferencedIds(message);
        var named = TicketReferences.ThreadTickets(references, email.From).ToList();
        var outboxIds = TicketReferences.OutboxMails(references, email.From).ToList();
        if (outboxIds.Count > 0)
        {
            named.AddRange(await db.OutboxMessages.AsNoTracking()
                .Where(m => outboxIds.Contains(m.Id) && m.TicketId != null).Select(m => m.TicketId!.Value).ToListAsync(cancellationToken));
        }

        if (TicketReferences.SubjectTag(message.Subject) is { } tagged)
        {
            named.Add(tagged);
        }

        named = [.. named.Distinct()];
        var tickets = named.Count == 0
            ? []
            : await db.Tickets.AsNoTracking()
                .Where(t => named.Contains(t.Id))
                .Select(t => new { t.Id, t.CustomerId, t.Status })
                .ToListAsync(cancellationToken);
        var own = named.Select(id => tickets.FirstOrDefault(t => t.Id == id && t.CustomerId == sender.CustomerId)).FirstOrDefault(t => t is not null);
        if (own is null && tickets.Count > 0)
        {
            // Names a ticket, but not one of the sender's company: never attach; a person decides.
            return (InboundOutcome.AwaitingReview, $"names ticket #{tickets[0].Id}, which belongs to another customer", null, sender.Id);
        }

        var body = content.Text;
        if (own is not null && own.Status != TicketStatus.Closed)
        {
            var added = await workflow.ReceiveCustomerMailAsync(new ReceiveCustomerMail(own.Id, sender.Id, body, content.Files), cancellationToken);
            return added.Succeeded
                ? (InboundOutcome.AddedToTicket, $"added to ticket #{own.Id}", own.Id, sender.Id)
                : (InboundOutcome.AwaitingReview, $"could not be added to ticket #{own.Id}: {string.Join(" ", added.Errors)}", own.Id, sender.Id);
        }

        if (own is not null)
        {
            body = $"(A reply to the closed ticket #{own.Id}.)\n\n{body}";
        }

        var tier = catalog.Get(sender.CurrentTier);
        if (!tier.PortalAccess)
        {
            await AnswerBasicAsync(db, row, tier, sender.DisplayName, cancellationToken);
            return (InboundOutcome.BasicAnswered, $"{tier.DisplayName} plan: answered with the community forum and paid support", null, sender.Id);
        }

        var filed = await inquiries.FileReceivedMailAsync(sender.Id, new NewInquiry
        {
            Kind = TicketKind.SupportInquiry,
            Subject = row.Subject.Length > 0 ? row.Subject : "(no subject)",
            Body = body,
            Files = content.Files,
        }, cancellationToken);
        return filed.Succeeded
            ? (InboundOutcome.NewTicket, $"new ticket #{filed.Value}", filed.Value, sender.Id)
            : (InboundOutcome.AwaitingReview, $"could not become a ticket: {string.Join(" ", filed.Errors)}", null, sender.Id);
    }

    /// <summary>A Basic customer's person: where free help is, and how to ask for paid support. Their mail is kept for agents.</summary>
    private async Task AnswerBasicAsync(HelpdeskDbContext db, InboundMail row, TierDefinition tier, string name, CancellationToken cancellationToken)
    {
        var email = emailOptions.Value;
        var portal = $"{email.PublicBaseUrl.TrimEnd('/')}/portal/tickets/new";
        var (html, text) = new MailBody()
            .Paragraph($"Hello {name},")
            .Paragraph($"thank you for your mail \"{row.Subject}\". Your {tier.DisplayName} plan does not include support by e-mail, so no ticket was opened.")
            .Link("Ask other users in the community forum", portalOptions.Value.CommunityForumUrl)
            .Paragraph($"For help from our support team, request paid support in the portal; it is charged at {tier.ExtraHourRate} per hour of work.")
            .Link("Request paid support", portal)
            .Paragraph("Your mail is kept, and our team can see it.")
            .Build();
        await outbox.TryAddAsync(db, new NewOutboxMessage(row.FromAddress, $"Re: {Limit(row.Subject, 250)}", html, text, $"inbound-{row.Id}:basic-answer")
        {
            IsAutomatic = true,
            ReplyTo = email.ReplyAddress,
        }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<bool> ClaimAsync(InboundMail row, CancellationToken cancellationToken)
    {
        // The unique index on MessageId is the check: one statement, and no window between a look and an insert.
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.InboundMails.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            await using var check = await dbFactory.CreateDbContextAsync(CancellationToken.None);
            if (await check.InboundMails.AnyAsync(m => m.MessageId == row.MessageId, CancellationToken.None))
            {
                return false; // read before, or claimed by another reader a moment earlier
            }

            throw;
        }
    }

    private static string OneLine(string? text) => (text ?? "").ReplaceLineEndings(" ").Trim();

    private static string Limit(string text, int length) => text.Length <= length ? text : text[..length];
}
