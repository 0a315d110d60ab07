using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Orders;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Tests.Features.Orders;

public static class OrderTestData
{
    /// <summary>POST /api/orders as the shop would, with <paramref name="key"/> in X-Api-Key (none when null).</summary>
    public static async Task<HttpResponseMessage> PostOrdersAsync(this HelpdeskAppFactory app, string? key, HttpContent content, bool chunked = false)
    {
        using var client = app.CreateBrowserLikeClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(OrderApiEndpoints.Path, UriKind.Relative)) { Content = content };
        if (key is not null)
        {
            request.Headers.Add(OrderApiEndpoints.ApiKeyHeader, key);
        }

        if (chunked)
        {
            request.Headers.TransferEncodingChunked = true;
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>Stored orders whose shop id starts with <paramref name="prefix"/> (each test uses its own prefix).</summary>
    public static async Task<int> OrderCountAsync(this HelpdeskAppFactory app, string prefix)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>().CreateDbContextAsync();
        return await db.Orders.CountAsync(o => o.ExternalOrderId.StartsWith(prefix));
    }
}
