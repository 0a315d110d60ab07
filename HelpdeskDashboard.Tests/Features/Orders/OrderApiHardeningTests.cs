using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HelpdeskDashboard.Features.Orders;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Tests.Features.Accounts;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Tests.Features.Orders;

/// <summary>An app whose orders endpoint takes at most 64 KiB, so an oversize body is cheap to send.</summary>
public sealed class SmallBodyOrderApiFixture : IAsyncLifetime
{
    public const int MaxRequestBytes = 64 * 1024;

    public HelpdeskAppFactory App { get; } = new()
    {
        Settings =
        {
            ["Orders:ApiKey"] = OrderApiFixture.ApiKey,
            ["Orders:MaxRequestBytes"] = MaxRequestBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        },
    };

    public int CustomerId { get; private set; }

    public async ValueTask InitializeAsync() => CustomerId = await App.CustomerIdOfAsync(DemoAccounts.CustomerEmail);

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

/// <summary>Issue 15, points 5, 7 and 8: what a careless or hostile caller of POST /api/orders gets back.</summary>
public sealed class OrderApiHardeningTests(SmallBodyOrderApiFixture fixture) : IClassFixture<SmallBodyOrderApiFixture>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Without_a_key_malformed_json_is_a_401_not_the_parsers_error()
    {
        using var response = await PostAsync(key: null, Json("{\"orders\": [ {\"amount\": oops"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Without_a_key_an_oversize_body_is_a_401()
    {
        using var response = await PostAsync(key: null, Json(new string(' ', SmallBodyOrderApiFixture.MaxRequestBytes * 2) + "{}"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_oversize_body_with_its_length_declared_is_a_413_that_says_the_limit()
    {
        using var response = await PostAsync(OrderApiFixture.ApiKey, Json(new string(' ', SmallBodyOrderApiFixture.MaxRequestBytes + 1)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("at most 65536 bytes", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversize_body_sent_in_chunks_without_a_length_is_a_413()
    {
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(new string(' ', SmallBodyOrderApiFixture.MaxRequestBytes + 10))));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await PostAsync(OrderApiFixture.ApiKey, content, chunked: true);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_415_that_says_what_to_send()
    {
        using var response = await PostAsync(OrderApiFixture.ApiKey, new StringContent("orders", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/json", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> MalformedBodies => new()
    {
        { "cut off", "{\"orders\": [ {\"amount\": 1", "line 1" },
        { "a text where a number belongs", "{\"orders\": [ {\"customerId\": \"seven\"} ]}", "$.orders[0].customerId" },
        { "an amount beyond any decimal", "{\"orders\": [ {\"amount\": 1e40} ]}", "$.orders[0].amount" },
        { "not an object", "[1, 2, 3]", "$" },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task Malformed_json_with_the_key_is_a_400_that_says_where(string label, string body, string path)
    {
        _ = label;
        using var response = await PostAsync(OrderApiFixture.ApiKey, Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains(path, problem.RootElement.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    public static TheoryData<string, string, decimal, string, string> RefusedRows => new()
    {
        { "an amount of 1e27", "2026-01-10T10:00:00Z", 1_000_000_000_000_000_000_000_000_000m, "amount", "The amount must be within ±100000000 euros." },
        { "the year 1", "0001-01-01", 10m, "orderedAt", "The order date is more than 20 years ago; check the date." },
        { "the year 1 with an offset", "0001-01-01T00:00:00Z", 10m, "orderedAt", "The order date is more than 20 years ago; check the date." },
    };

    [Theory]
    [MemberData(nameof(RefusedRows))]
    public async Task An_implausible_row_is_a_row_error_and_nothing_is_stored(string label, string orderedAt, decimal amount, string field, string message)
    {
        _ = label;
        var id = "IMPL-" + Guid.NewGuid().ToString("N")[..8];
        using var response = await PostAsync(OrderApiFixture.ApiKey, JsonContent.Create(new
        {
            orders = new object[]
            {
                new { externalOrderId = id + "-ok", customerId = fixture.CustomerId, orderedAt = "2026-01-10T10:00:00Z", amount = 5m },
                new { externalOrderId = id, customerId = fixture.CustomerId, orderedAt, amount },
            },
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await response.Content.ReadFromJsonAsync<OrderErrorResponse>(Ct))!.Errors);
        Assert.Equal((2, field, message), (error.Row, error.Field, error.Message));
        Assert.Equal(0, await fixture.App.OrderCountAsync(id));
    }

    [Theory]
    [MemberData(nameof(RefusedRows))]
    public async Task The_same_row_in_a_csv_file_is_a_row_error_in_the_preview(string label, string orderedAt, decimal amount, string field, string message)
    {
        _ = label;
        var csv = $"external_order_id,customer_id,ordered_at,amount\nCSV-1,{fixture.CustomerId},2026-01-10 10:00,5\nCSV-2,{fixture.CustomerId},{orderedAt},{amount.ToString(System.Globalization.CultureInfo.InvariantCulture)}\n";
        var parsed = OrderCsvParser.Parse(csv);
        await using var scope = fixture.App.Services.CreateAsyncScope();

        var check = await scope.ServiceProvider.GetRequiredService<OrderBatchImporter>().CheckAsync(parsed.Lines, Ct);

        Assert.Empty(parsed.ParseErrors);
        Assert.False(check.IsValid);
        var error = Assert.Single(check.Errors);
        Assert.Equal((2, field, message), (error.Row, error.Field, error.Message));
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private Task<HttpResponseMessage> PostAsync(string? key, HttpContent content, bool chunked = false) =>
        fixture.App.PostOrdersAsync(key, content, chunked);
}
