using HelpdeskDashboard.Data;
using HelpdeskDashboard.Platform.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace HelpdeskDashboard.Features.Notifications.Email;

/// <summary>What one delivery run did.</summary>
public sealed record OutboxDeliveryReport(int Sent, int Retrying, int Failed, int LostToAnotherDispatcher)
{
    public int Attempted => Sent + Retrying + Failed;
}

/// <summary>
/// Sends the outbox's due messages. Safe to run from several dispatchers (or app instances) on one database:
/// each message is first <em>claimed</em> with a conditional UPDATE (Pending, or Sending with an expired lease, and
/// due) that sets it Sending with a lease; only the dispatcher whose UPDATE changed the row sends it.
/// </summary>
/// <remarks>
/// Delivery is at-least-once, not exactly-once: if the process dies after the SMTP server accepted a message but
/// before the row is marked Sent, the lease runs out and the message is sent again. The window is one UPDATE long.
/// Every copy carries the same Message-Id (<c>outbox-{id}@domain</c>), so a receiver can drop the duplicate.
/// A message is never sent again once it is marked Sent.
/// </remarks>
public sealed class OutboxDispatcher(
    IDbContextFactory<HelpdeskDbContext> dbFactory,
    IMailTransport transport,
    ContentStore files,
    IOptions<EmailOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger)
{
    private const int LastErrorMaxLength = 2000;

    public async Task<OutboxDeliveryReport> DeliverDueAsync(CancellationToken cancellationToken = default)
    {
        var email = options.Value;
        int sent = 0, retrying = 0, failed = 0, lost = 0;
        foreach (var id in await FindDueAsync(email.Delivery.BatchSize, cancellationToken))
        {
            var outcome = await DeliverOneAsync(id, email, cancellationToken);
            switch (outcome)
            {
                case Outcome.Sent: sent++; break;
                case Outcome.Retrying: retrying++; break;
                case Outcome.Failed: failed++; break;
                default: lost++; break;
            }
        }

        return new OutboxDeliveryReport(sent, retrying, failed, lost);
    }

    private async Task<List<long>> FindDueAsync(int batchSize, CancellationToken cancellationToken)
    {
        var now = Now;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.OutboxMessages.AsNoTracking()
            .Where(m => (m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Sending) && m.NextAttemptUtcTicks <= now)
            .OrderBy(m => m.NextAttemptUtcTicks).ThenBy(m => m.Id)
            .Select(m => m.Id)
            .Take(batchSize)
            .ToListAsync(cancellationToken);
    }

    private async Task<Outcome> DeliverOneAsync(long id, EmailOptions email, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var message = await ClaimAsync(db, id, email.Delivery.Lease, cancellationToken);
        if (message is null)
        {
            return Outcome.Lost;
        }

        MimeMessage mime;
        try
        {
            mime = OutboxMimeBuilder.Build(message, email, files.OpenRead);
        }
        catch (Exception error) when (error is ParseException or FileNotFoundException)
        {
            // A malformed address or a lost attachment will not improve with retries.
            await RecordFailureAsync(db, message, error, permanent: true, email.Delivery, cancellationToken);
            return Outcome.Failed;
        }

        try
        {
            using (mime)
            {
                await transport.SendAsync(mime, cancellationToken);
            }
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var permanent = message.Attempts >= email.Delivery.MaxAttempts;
            await RecordFailureAsync(db, message, error, permanent, email.Delivery, cancellationToken);
            return permanent ? Outcome.Failed : Outcome.Retrying;
        }

        // Straight after the server's accept: this UPDATE closes the at-least-once window. Not cancellable, since a
        // shutdown between the send and this line is exactly what causes a second copy.
        var sentAt = Now;
        await db.OutboxMessages
            .Where(m => m.Id == id && m.Status != OutboxStatus.Sent)
            .ExecuteUpdateAsync(
                set => set.SetProperty(m => m.Status, OutboxStatus.Sent)
                    .SetProperty(m => m.SentUtcTicks, sentAt)
                    .SetProperty(m => m.LastError, (string?)null),
                CancellationToken.None);
        logger.LogInformation("Sent outbox message {OutboxId} to {To} (attempt {Attempt}).", id, message.To, message.Attempts);
        return Outcome.Sent;
    }

    /// <summary>The conditional UPDATE that makes a message this dispatcher's; null when another got it first.</summary>
    private async Task<OutboxMessage?> ClaimAsync(HelpdeskDbContext db, long id, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = Now;
        var leaseEnds = now + lease.Ticks;
        var claimed = await db.OutboxMessages
            .Where(m => m.Id == id
                && (m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Sending)
                && m.NextAttemptUtcTicks <= now)
            .ExecuteUpdateAsync(
                set => set.SetProperty(m => m.Status, OutboxStatus.Sending)
                    .SetProperty(m => m.NextAttemptUtcTicks, leaseEnds)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1),
                cancellationToken);
        return claimed == 1
            ? await db.OutboxMessages.AsNoTracking().Include(m => m.Attachments).SingleAsync(m => m.Id == id, cancellationToken)
            : null;
    }

    private async Task RecordFailureAsync(
        HelpdeskDbContext db, OutboxMessage message, Exception error, bool permanent, DeliveryOptions delivery, CancellationToken cancellationToken)
    {
        var nextAttempt = Now + OutboxBackoff.DelayAfter(message.Attempts, delivery).Ticks;
        var status = permanent ? OutboxStatus.Failed : OutboxStatus.Pending;
        var lastError = Truncate($"{error.GetType().Name}: {error.Message}");

        // Only while the claim is still ours (same attempt): after an expired lease another dispatcher owns the row.
        await db.OutboxMessages
            .Where(m => m.Id == message.Id && m.Status == OutboxStatus.Sending && m.Attempts == message.Attempts)
            .ExecuteUpdateAsync(
                set => set.SetProperty(m => m.Status, status)
                    .SetProperty(m => m.NextAttemptUtcTicks, nextAttempt)
                    .SetProperty(m => m.LastError, lastError),
                cancellationToken);

        logger.LogWarning(error, "Outbox message {OutboxId} to {To}: attempt {Attempt} failed; {Outcome}.",
            message.Id, message.To, message.Attempts, permanent ? "marked Failed" : $"next attempt at {new DateTimeOffset(nextAttempt, TimeSpan.Zero):u}");
    }

    private long Now => time.GetUtcNow().UtcTicks;

    private static string Truncate(string text) => text.Length <= LastErrorMaxLength ? text : text[..LastErrorMaxLength];

    private enum Outcome
    {
        Sent,
        Retrying,
        Failed,
        Lost,
    }
}
