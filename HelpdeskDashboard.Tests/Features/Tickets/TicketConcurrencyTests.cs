using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Tests.Data;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Tests.Features.Tickets;

public sealed class TicketConcurrencyTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_save_based_on_a_stale_copy_fails_instead_of_overwriting()
    {
        await using var database = TestDatabase.Create();
        var ticketId = await CreateTicketAsync(database);
        await using var first = database.CreateDbContext();
        await using var second = database.CreateDbContext();
        var firstCopy = await first.Tickets.SingleAsync(t => t.Id == ticketId, Cancel);
        var secondCopy = await second.Tickets.SingleAsync(t => t.Id == ticketId, Cancel);

        firstCopy.Status = TicketStatus.Open;
        await first.SaveChangesAsync(Cancel);
        secondCopy.AssigneeAgentId = null;
        secondCopy.Subject = "Edited by a second agent";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(Cancel));

        await using var check = database.CreateDbContext();
        var stored = await check.Tickets.SingleAsync(t => t.Id == ticketId, Cancel);
        Assert.Equal(TicketStatus.Open, stored.Status);
        Assert.Equal("EtherCAT slave stuck in PRE-OP", stored.Subject);
    }

    [Fact]
    public async Task Every_saved_change_increments_the_version()
    {
        await using var database = TestDatabase.Create();
        var ticketId = await CreateTicketAsync(database);
        await using var db = database.CreateDbContext();
        var ticket = await db.Tickets.SingleAsync(t => t.Id == ticketId, Cancel);
        Assert.Equal(0, ticket.Version);

        ticket.Status = TicketStatus.Open;
        await db.SaveChangesAsync(Cancel);
        ticket.Status = TicketStatus.Resolved;
        await db.SaveChangesAsync(Cancel);

        await using var check = database.CreateDbContext();
        Assert.Equal(2, (await check.Tickets.SingleAsync(t => t.Id == ticketId, Cancel)).Version);
    }

    [Fact]
    public async Task A_fresh_copy_saves_after_a_conflict()
    {
        await using var database = TestDatabase.Create();
        var ticketId = await CreateTicketAsync(database);
        await using (var first = database.CreateDbContext())
        {
            (await first.Tickets.SingleAsync(t => t.Id == ticketId, Cancel)).Status = TicketStatus.Open;
            await first.SaveChangesAsync(Cancel);
        }

        await using var retry = database.CreateDbContext();
        var fresh = await retry.Tickets.SingleAsync(t => t.Id == ticketId, Cancel);
        fresh.Status = TicketStatus.OnHold;
        await retry.SaveChangesAsync(Cancel);

        await using var check = database.CreateDbContext();
        Assert.Equal(TicketStatus.OnHold, (await check.Tickets.SingleAsync(t => t.Id == ticketId, Cancel)).Status);
    }

    private static async Task<int> CreateTicketAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        var ticket = TestEntities.Ticket(TestEntities.Customer());
        db.Tickets.Add(ticket);
        await db.SaveChangesAsync(Cancel);
        return ticket.Id;
    }
}
