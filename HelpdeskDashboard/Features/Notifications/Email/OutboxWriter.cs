using FluentValidation;
using HelpdeskDashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Notifications.Email;

/// <summary>
/// Adds e-mails to a caller's <see cref="HelpdeskDbContext"/> without saving, so each mail commits (or rolls back)
/// with the change that caused it. The dispatcher sends it later.
/// </summary>
/// <remarks>
/// The billing hour alerts (UsageAlertWriter) use it; the quarterly tier mails are written by the recalculation's own
/// batch SQL (TierBatchWriter) with the same deduplication index.
/// </remarks>
/// <example>
/// The 100 % hours alert for customer 12 in May 2026, queued with the time entry that used up the hours:
/// <code>
/// if (await outbox.TryAddAsync(db, new NewOutboxMessage(customer.ContactEmail, subject, html, text, "usage-100:customer-12:2026-05"), ct))
/// { ... }
/// await db.SaveChangesAsync(ct); // the time entry and its mail, together
/// </code>
/// </example>
public sealed class OutboxWriter(TimeProvider time)
{
    private static readonly NewOutboxMessageValidator Validator = new();

    /// <summary>
    /// Queues <paramref name="message"/> as Pending, due now. Returns false, adding nothing, when a message with the
    /// same deduplication key is already stored or already queued in this context. Throws
    /// <see cref="ValidationException"/> for a malformed message (a programming error, not user input).
    /// </summary>
    /// <remarks>
    /// Writers that can meet on one key check inside the write lock (<see cref="WriteTransactions.BeginWriteTransactionAsync"/>:
    /// usage alerts, escalations) or use a key only their own save can create (a new ticket's id). Anything that still
    /// slips past is refused by the unique index, and that whole save fails rather than mail twice.
    /// </remarks>
    public async Task<bool> TryAddAsync(HelpdeskDbContext db, NewOutboxMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(message);
        await Validator.ValidateAndThrowAsync(message, cancellationToken);

        if (message.DeduplicationKey is { } key
            && (db.OutboxMessages.Local.Any(m => m.DeduplicationKey == key)
                || await db.OutboxMessages.AnyAsync(m => m.DeduplicationKey == key, cancellationToken)))
        {
            return false;
        }

        var now = time.GetUtcNow().UtcTicks;
        db.OutboxMessages.Add(new OutboxMessage
        {
            To = message.To,
            Subject = message.Subject,
            HtmlBody = message.HtmlBody,
            TextBody = message.TextBody,
            DeduplicationKey = message.DeduplicationKey,
            CreatedUtcTicks = now,
            NextAttemptUtcTicks = now,
            Status = OutboxStatus.Pending,
            TicketId = message.TicketId,
            IsAutomatic = message.IsAutomatic,
            ReplyTo = message.ReplyTo,
            Attachments = [.. message.Attachments.Select(a => new OutboxAttachment
            {
                FileName = a.FileName,
                ContentType = a.ContentType,
                Sha256 = a.Sha256,
                SizeBytes = a.SizeBytes,
            })],
        });
        return true;
    }
}
