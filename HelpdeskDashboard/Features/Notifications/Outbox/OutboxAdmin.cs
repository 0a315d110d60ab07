using FluentValidation;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Platform.Commands;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Notifications.Outbox;

/// <summary>
/// The outbox for managers: list messages by status, and send a failed one again. Every call checks the
/// Manager policy itself, so the rule holds whichever page or endpoint calls it.
/// </summary>
public sealed class OutboxAdmin(
    IDbContextFactory<HelpdeskDbContext> dbFactory,
    ICurrentUser currentUser,
    TimeProvider time,
    IValidator<OutboxListQuery> listValidator,
    IValidator<RetryOutboxMessage> retryValidator)
{
    /// <exception cref="ForbiddenException">The user is not a manager.</exception>
    /// <exception cref="ValidationException">The page or page size is out of range.</exception>
    public async Task<OutboxListing> ListAsync(OutboxListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await currentUser.EnsureManagerAsync();
        await listValidator.ValidateAndThrowAsync(query, cancellationToken);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var counts = (await db.OutboxMessages
                .GroupBy(m => m.Status)
                .Select(g => new { Status = g.Key, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .ToDictionary(c => c.Status, c => c.Count);

        var filtered = query.Status is { } status ? db.OutboxMessages.Where(m => m.Status == status) : db.OutboxMessages;
        var total = await filtered.CountAsync(cancellationToken);
        var rows = await filtered.AsNoTracking()
            .OrderByDescending(m => m.Id)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .ToListAsync(cancellationToken);

        return new OutboxListing([.. rows.Select(ToRow)], total, query.Page, query.PageSize, counts);
    }

    /// <summary>
    /// Puts a Failed message back to Pending, due now, with a fresh set of attempts. Its last error stays visible
    /// until the next attempt replaces or clears it. A message that is no longer Failed (sent or picked up meanwhile)
    /// is a conflict.
    /// </summary>
    public async Task<CommandResult> RetryAsync(RetryOutboxMessage command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!await currentUser.IsAuthorizedAsync(Policies.Manager))
        {
            return CommandResult.Denied("Only managers may retry e-mails.");
        }

        if (await retryValidator.RefusalAsync(command, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        var now = time.GetUtcNow().UtcTicks;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        // Conditional, so a retry never disturbs a message that a dispatcher or another manager changed meanwhile.
        var changed = await db.OutboxMessages
            .Where(m => m.Id == command.Id && m.Status == OutboxStatus.Failed)
            .ExecuteUpdateAsync(
                set => set.SetProperty(m => m.Status, OutboxStatus.Pending)
                    .SetProperty(m => m.Attempts, 0)
                    .SetProperty(m => m.NextAttemptUtcTicks, now),
                cancellationToken);
        if (changed == 1)
        {
            return CommandResult.Ok();
        }

        var current = await db.OutboxMessages.Where(m => m.Id == command.Id).Select(m => (OutboxStatus?)m.Status)
            .SingleOrDefaultAsync(cancellationToken);
        return current is { } status
            ? CommandResult.Stale($"Message #{command.Id} is {OutboxText.Status(status).ToLowerInvariant()}, not failed; only failed messages can be retried.")
            : CommandResult.NotFound($"There is no message #{command.Id}.");
    }

    private static OutboxRow ToRow(OutboxMessage m) => new(
        m.Id,
        m.To,
        m.Subject,
        m.Status,
        m.Attempts,
        Instant(m.CreatedUtcTicks),
        m.Status is OutboxStatus.Pending or OutboxStatus.Sending ? Instant(m.NextAttemptUtcTicks) : null,
        m.SentUtcTicks is { } sent ? Instant(sent) : null,
        m.LastError);

    private static DateTimeOffset Instant(long utcTicks) => new(utcTicks, TimeSpan.Zero);
}
