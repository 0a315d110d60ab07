using HelpdeskDashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Notifications.Email;

/// <summary>
/// A delivery status notification names the outbox message it reports on (its Message-Id, <c>outbox-{id}@domain</c>):
/// that message is marked Failed with the reason, so the managers' outbox page shows the address that does not work.
/// </summary>
public sealed class OutboxBounces(IDbContextFactory<HelpdeskDbContext> dbFactory)
{
    public const string Prefix = "Bounced: ";

    /// <summary>Marks the message Failed; false when there is no such message.</summary>
    public async Task<bool> MarkFailedAsync(long outboxId, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var text = Prefix + (reason.Length > 1900 ? reason[..1900] : reason);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.OutboxMessages.Where(m => m.Id == outboxId)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.Status, OutboxStatus.Failed).SetProperty(m => m.LastError, text), cancellationToken) == 1;
    }
}
