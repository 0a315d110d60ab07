using HelpdeskDashboard.Data;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Tests.Features.Orders;

public static class OrderTestData
{
    /// <summary>Stored orders whose shop id starts with <paramref name="prefix"/> (each test uses its own prefix).</summary>
    public static async Task<int> OrderCountAsync(this HelpdeskAppFactory app, string prefix)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>().CreateDbContextAsync();
        return await db.Orders.CountAsync(o => o.ExternalOrderId.StartsWith(prefix));
    }
}
