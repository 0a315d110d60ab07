using HelpdeskDashboard.Features.Orders;
using HelpdeskDashboard.Tests.Data;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Tests.Features.Orders;

public sealed class OrderMappingTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_same_external_order_id_cannot_be_recorded_twice()
    {
        await using var database = TestDatabase.Create();
        await using var db = database.CreateDbContext();
        var customer = TestEntities.Customer();
        db.Orders.Add(new Order { Customer = customer, ExternalOrderId = "SO-2026-00042", AmountCents = 100_00 });
        await db.SaveChangesAsync(Cancel);

        db.Orders.Add(new Order { Customer = customer, ExternalOrderId = "SO-2026-00042", AmountCents = 250_00 });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Cancel));
    }

    [Fact]
    public async Task Different_external_order_ids_and_refunds_are_accepted()
    {
        await using var database = TestDatabase.Create();
        await using (var db = database.CreateDbContext())
        {
            var customer = TestEntities.Customer();
            db.Orders.Add(new Order { Customer = customer, ExternalOrderId = "SO-2026-00042", AmountCents = 100_00 });
            db.Orders.Add(new Order { Customer = customer, ExternalOrderId = "RF-2026-00043", AmountCents = -40_00 });
            await db.SaveChangesAsync(Cancel);
        }

        await using var check = database.CreateDbContext();
        Assert.Equal(60_00, await check.Orders.SumAsync(o => o.AmountCents, Cancel));
    }
}
