using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HelpdeskDashboard.Features.Orders;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Tests.Features.Accounts;
using HelpdeskDashboard.Tests.Infrastructure;

namespace HelpdeskDashboard.Tests.Features.Orders;

/// <summary>One app for the class: each test uses its own order ids, so they do not disturb each other.</summary>
public sealed class OrderApiFixture : IAsyncLifetime
{
    public const string ApiKey = "test-orders-api-key-0123456789abcdef";

    public HelpdeskAppFactory App { get; } = new() { Settings = { ["Orders:ApiKey"] = ApiKey } };

    public int CustomerId { get; private set; }

    public async ValueTask InitializeAsync() => CustomerId = await App.CustomerIdOfAsync(DemoAccounts.CustomerEmail);

    public ValueTask DisposeAsync() => App.DisposeAsync();

    public Task<int> OrderCountAsync(string prefix) => App.OrderCountAsync(prefix);
}

public sealed class OrderApiTests(OrderApiFixture fixture) : IClassFixture<OrderApiFixture>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("no key", null)]
    [InlineData("wrong key", "wrong-key-wrong-key-wrong-key-wrong-key")]
    [InlineData("the key with one character more", OrderApiFixture.ApiKey + "x")]
    public async Task Without_the_right_key_the_api_answers_401_and_imports_nothing(string label, string? key)
    {
        _ = label;
        using var response = await PostAsync(key, new { orders = new[] { Order("K401-1", 100m) } });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await fixture.OrderCountAsync("K401"));
    }

    [Fact]
    public async Task A_valid_batch_is_imported_and_sending_it_again_imports_nothing_more()
    {
        var batch = new { orders = new[] { Order("IDEM-1", 1200.50m), Order("IDEM-2", -200m, "2026-03-31 23:59") } };

        using var first = await PostAsync(OrderApiFixture.ApiKey, batch);
        using var second = await PostAsync(OrderApiFixture.ApiKey, batch);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(new OrderImportResponse(2, 0), await first.Content.ReadFromJsonAsync<OrderImportResponse>(Ct));
        Assert.Equal(new OrderImportResponse(0, 2), await second.Content.ReadFromJsonAsync<OrderImportResponse>(Ct));
        Assert.Equal(2, await fixture.OrderCountAsync("IDEM-"));
    }

    [Fact]
    public async Task One_bad_row_rejects_the_whole_batch_with_row_level_errors()
    {
        var batch = new
        {
            orders = new object[]
            {
                Order("BAD-1", 100m),
                Order("BAD-2", 0m),
                new { externalOrderId = "BAD-3", customerId = 999_999, orderedAt = "2026-01-10T10:00:00Z", amount = 5m },
                Order("BAD-4", 1.005m),
                Order("BAD-5", 10m, "yesterday"),
                Order("BAD-1", 100m),
            },
        };

        using var response = await PostAsync(OrderApiFixture.ApiKey, batch);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var errors = body.RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => (Row: e.GetProperty("row").GetInt32(), Field: e.GetProperty("field").GetString(), Message: e.GetProperty("message").GetString()!))
            .ToList();
        Assert.Equal([2, 3, 4, 5, 6], errors.Select(e => e.Row));
        Assert.Contains("cannot be zero", errors[0].Message, StringComparison.Ordinal);
        Assert.Equal("Customer 999999 does not exist.", errors[1].Message);
        Assert.Contains("at most 2 decimal places", errors[2].Message, StringComparison.Ordinal);
        Assert.Equal("orderedAt", errors[3].Field);
        Assert.Contains("appears twice in this batch (first in row 1)", errors[4].Message, StringComparison.Ordinal);
        Assert.Equal(0, await fixture.OrderCountAsync("BAD-"));
    }

    [Fact]
    public async Task An_order_sent_again_with_another_amount_is_a_409_conflict_not_an_update()
    {
        using var first = await PostAsync(OrderApiFixture.ApiKey, new { orders = new[] { Order("CHG-1", 100m) } });
        using var changed = await PostAsync(OrderApiFixture.ApiKey, new { orders = new[] { Order("CHG-1", 150m), Order("CHG-2", 10m) } });

        Assert.Equal(HttpStatusCode.Conflict, changed.StatusCode);
        Assert.Contains("already imported with other values", await changed.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(1, await fixture.OrderCountAsync("CHG-"));
    }

    [Fact]
    public async Task An_empty_batch_is_a_400()
    {
        using var response = await PostAsync(OrderApiFixture.ApiKey, new { orders = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private object Order(string id, decimal amount, string orderedAt = "2026-01-10T10:00:00+01:00") =>
        new { externalOrderId = id, customerId = fixture.CustomerId, orderedAt, amount, currency = "EUR" };

    private Task<HttpResponseMessage> PostAsync(string? key, object body) => fixture.App.PostOrdersAsync(key, JsonContent.Create(body));
}
