using HelpdeskDashboard.Features.Audit;
using HelpdeskDashboard.Tests.Data;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Tests.Features.Audit;

public sealed class AuditEntryAppendOnlyTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Entries_can_be_added()
    {
        await using var database = TestDatabase.Create();
        await AddEntryAsync(database);
        await AddEntryAsync(database);

        await using var check = database.CreateDbContext();
        Assert.Equal(2, await check.AuditEntries.CountAsync(Cancel));
    }

    [Fact]
    public async Task Changing_a_saved_entry_is_refused()
    {
        await using var database = TestDatabase.Create();
        await AddEntryAsync(database);
        await using var db = database.CreateDbContext();
        var entry = await db.AuditEntries.SingleAsync(Cancel);

        entry.NewValue = "Basic";

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Cancel));
        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        await using var check = database.CreateDbContext();
        Assert.Equal("Platinum", (await check.AuditEntries.SingleAsync(Cancel)).NewValue);
    }

    [Fact]
    public async Task Deleting_a_saved_entry_is_refused()
    {
        await using var database = TestDatabase.Create();
        await AddEntryAsync(database);
        await using var db = database.CreateDbContext();
        db.AuditEntries.Remove(await db.AuditEntries.SingleAsync(Cancel));

        Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        await using var check = database.CreateDbContext();
        Assert.Equal(1, await check.AuditEntries.CountAsync(Cancel));
    }

    private static async Task AddEntryAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtcTicks = 638_000_000_000_000_000,
            Actor = "system",
            Action = "TierChanged",
            EntityType = "Customer",
            EntityId = "7",
            OldValue = "Gold",
            NewValue = "Platinum",
        });
        await db.SaveChangesAsync(Cancel);
    }
}
