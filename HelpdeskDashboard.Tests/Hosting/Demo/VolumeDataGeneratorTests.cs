using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Tests.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace HelpdeskDashboard.Tests.Hosting.Demo;

public sealed class VolumeDataGeneratorTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Adds_exactly_the_requested_open_tickets_and_orders()
    {
        await using var database = await DemoSeed.SeededAtAsync(DemoSeed.Wednesday);
        int ticketsBefore, ordersBefore, messagesBefore;
        await using (var db = database.CreateDbContext())
        {
            ticketsBefore = await db.Tickets.CountAsync(Cancel);
            ordersBefore = await db.Orders.CountAsync(Cancel);
            messagesBefore = await db.TicketMessages.CountAsync(Cancel);
            var result = await Generator().GenerateAsync(db, openTickets: 1_500, orders: 4_000, Cancel);
            Assert.Equal(new VolumeDataResult(1_500, 1_500, 4_000), result);
        }

        await using var check = database.CreateDbContext();
        Assert.Equal(ticketsBefore + 1_500, await check.Tickets.CountAsync(Cancel));
        Assert.Equal(messagesBefore + 1_500, await check.TicketMessages.CountAsync(Cancel));
        Assert.Equal(ordersBefore + 4_000, await check.Orders.CountAsync(Cancel));
        Assert.Equal(4_000, await check.Orders.CountAsync(o => o.ExternalOrderId.StartsWith("VOL-"), Cancel));
    }

    [Fact]
    public async Task Generated_rows_read_back_through_the_model_as_open_tickets_with_due_instants()
    {
        await using var database = await DemoSeed.SeededAtAsync(DemoSeed.Wednesday);
        await using (var db = database.CreateDbContext())
        {
            await Generator().GenerateAsync(db, openTickets: 300, orders: 0, Cancel);
        }

        await using var check = database.CreateDbContext();
        var generated = await check.Tickets.Include(t => t.Messages).Where(t => t.Subject.StartsWith("Volume ticket")).ToListAsync(Cancel);
        Assert.Equal(300, generated.Count);
        Assert.All(generated, t => Assert.True(t.Status is not (TicketStatus.Resolved or TicketStatus.Closed), "only open tickets"));
        Assert.All(generated, t => Assert.Single(t.Messages));
        Assert.Contains(generated, t => t.ResponseDueUtcTicks is not null);
        Assert.All(generated.Where(t => t.ResponseDueUtcTicks is not null), t => Assert.Equal(
            DemoSeed.Calendar.AddBusinessTime(new DateTimeOffset(t.CreatedUtcTicks, TimeSpan.Zero), new TimeSpan(t.ResponseTargetTicks!.Value)).UtcTicks,
            t.ResponseDueUtcTicks));
    }

    [Fact]
    public async Task Running_twice_gives_new_unique_order_ids()
    {
        await using var database = await DemoSeed.SeededAtAsync(DemoSeed.Wednesday);
        await using var db = database.CreateDbContext();

        await Generator().GenerateAsync(db, openTickets: 0, orders: 500, Cancel);
        await Generator().GenerateAsync(db, openTickets: 0, orders: 500, Cancel);

        Assert.Equal(1_000, await db.Orders.CountAsync(o => o.ExternalOrderId.StartsWith("VOL-"), Cancel));
    }

    [Fact]
    public async Task Refuses_to_run_without_customers()
    {
        await using var database = TestDatabase.Create();
        await using var db = database.CreateDbContext();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Generator().GenerateAsync(db, 10, 10, Cancel));
        Assert.Contains("seed the demo data first", error.Message, StringComparison.Ordinal);
    }

    private static VolumeDataGenerator Generator() => new(DemoSeed.Calendar, new FakeTimeProvider(DemoSeed.Wednesday));
}
