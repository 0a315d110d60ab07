using System.Net;
using System.Net.Http.Json;
using HelpdeskDashboard.Features.Orders;

namespace HelpdeskDashboard.Tests.Features.Orders;

/// <summary>Issue 15, point 6: batches with overlapping ids sent at the same time (a shop retrying while the first call still runs).</summary>
public sealed class OrderApiRaceTests(OrderApiFixture fixture) : IClassFixture<OrderApiFixture>
{
    private const int Parallel = 20;

    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Racing_batches_with_overlapping_ids_all_succeed_and_store_each_order_exactly_once(int round)
    {
        var prefix = $"RACE{round}-{Guid.NewGuid():N}"[..16] + "-";
        // Batch i holds orders i .. i+4: neighbours share four ids, so most of them are sent by several calls at once.
        var batches = Enumerable.Range(0, Parallel).Select(i => Enumerable.Range(i, 5).Select(n => Order(prefix + n)).ToArray()).ToList();

        var responses = await Task.WhenAll(batches.Select(batch => PostAsync(new { orders = batch })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        var distinct = Parallel + 4;
        Assert.Equal(distinct, responses.Sum(r => r.Body!.Imported));
        Assert.All(responses, r => Assert.Equal(5, r.Body!.Imported + r.Body.AlreadyImported));
        Assert.Equal(distinct, await fixture.OrderCountAsync(prefix));
    }

    [Fact]
    public async Task An_order_raced_with_other_values_is_a_409_conflict_and_nothing_of_that_batch_is_stored()
    {
        var prefix = $"RC-{Guid.NewGuid():N}"[..12] + "-";
        var batches = Enumerable.Range(0, Parallel)
            .Select(i => new[] { Order(prefix + "shared", amount: 100m + i), Order(prefix + "own-" + i) }).ToList();

        var responses = await Task.WhenAll(batches.Select(batch => PostAsync(new { orders = batch })));

        Assert.Single(responses, r => r.Status == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.Status != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.Status));
        Assert.Equal(2, await fixture.OrderCountAsync(prefix));
    }

    private object Order(string id, decimal amount = 10m) =>
        new { externalOrderId = id, customerId = fixture.CustomerId, orderedAt = "2026-01-10T10:00:00Z", amount };

    private async Task<(HttpStatusCode Status, OrderImportResponse? Body)> PostAsync(object body)
    {
        using var response = await fixture.App.PostOrdersAsync(OrderApiFixture.ApiKey, JsonContent.Create(body));
        return (response.StatusCode, response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<OrderImportResponse>(Ct) : null);
    }
}
