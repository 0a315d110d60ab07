using HelpdeskDashboard.Features.Notifications;
using HelpdeskDashboard.Tests.Data;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Tests.Features.Notifications;

public sealed class OutboxMessageMappingTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_second_message_with_the_same_deduplication_key_is_refused()
    {
        await using var database = TestDatabase.Create();
        await using var db = database.CreateDbContext();
        db.OutboxMessages.Add(Message("sla-at-risk:ticket-42"));
        await db.SaveChangesAsync(Cancel);

        db.OutboxMessages.Add(Message("sla-at-risk:ticket-42"));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Cancel));
    }

    [Fact]
    public async Task Messages_without_a_key_are_never_deduplicated()
    {
        await using var database = TestDatabase.Create();
        await using var db = database.CreateDbContext();
        db.OutboxMessages.AddRange(Message(null), Message(null), Message("sla-breached:ticket-42"));

        await db.SaveChangesAsync(Cancel);

        Assert.Equal(3, await db.OutboxMessages.CountAsync(Cancel));
    }

    private static OutboxMessage Message(string? key) => new()
    {
        To = "alex@demo.local",
        Subject = "Ticket 42 is at risk",
        HtmlBody = "<p>Ticket 42 is at risk.</p>",
        TextBody = "Ticket 42 is at risk.",
        Status = OutboxStatus.Pending,
        DeduplicationKey = key,
    };
}
