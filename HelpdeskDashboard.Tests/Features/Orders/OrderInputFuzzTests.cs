using System.Net;
using System.Text;
using CsCheck;
using HelpdeskDashboard.Features.Orders;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Tests.Data;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Tests.Features.Orders;

/// <summary>
/// Issue 15, "keep it from coming back": random bytes and random structures through the CSV reader and the orders API.
/// Whatever comes in, the answer is a verdict (rows, errors, 4xx), never an exception, a 500 or a partial write.
/// </summary>
public sealed class OrderInputFuzzTests(OrderApiFixture fixture) : IClassFixture<OrderApiFixture>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    private static readonly string[] CsvTokens =
    [
        ",", "\"", "\"\"", "\n", "\r\n", "\r", " ", "external_order_id", "customer_id", "ordered_at", "amount", "currency",
        "A-1", "7", "-1", "0", "10.5", "1e27", "1000000000000000000000000000", "79228162514264337593543950336", "0.001",
        "2026-01-10", "0001-01-01", "9999-12-31T23:59:59Z", "2026-03-29 02:30", "EUR", "USD", "Müller", "🙂", "\uFEFF",
        "=cmd|' /C calc'!A0", "\0", "NaN", "∞", "١٢٣",
    ];

    private static readonly Gen<string> CsvText = OneOf(CsvTokens).Array[0, 60].Select(string.Concat);

    private static readonly Gen<object?> JsonValue = Gen.OneOf<object?>(
        Gen.Int[0, 0].Select(_ => (object?)null), Gen.Bool.Select(b => (object?)b), Gen.Long.Select(l => (object?)l),
        Gen.Double.Select(d => (object?)(double.IsFinite(d) ? d : 0d)), Gen.Decimal.Select(d => (object?)d),
        OneOf(CsvTokens).Select(s => (object?)s), Gen.String[0, 30].Select(s => (object?)s));

    private static readonly string[] Fields = ["externalOrderId", "customerId", "orderedAt", "amount", "currency", "extra"];

    private static readonly Gen<Dictionary<string, object?>> JsonOrder =
        Gen.Select(OneOf(Fields).Array[0, 6], JsonValue.Array[6],
            (names, values) => names.Distinct().Select((n, i) => (n, values[i])).ToDictionary(p => p.n, p => p.Item2));

    [Fact]
    public async Task Random_bytes_as_a_csv_file_are_read_or_refused_and_never_throw()
    {
        await using var database = TestDatabase.Create();
        var importer = Importer(database);

        await Gen.Byte.Array[0, 400].SampleAsync(async bytes =>
        {
            var (text, error) = OrderCsvParser.Decode(bytes);
            Assert.True(text is not null ^ error is not null);
            if (text is null)
            {
                return;
            }

            Assert.True(!text.Contains('\uFFFD', StringComparison.Ordinal) || ContainsEncodedReplacementCharacter(bytes));
            var parsed = OrderCsvParser.Parse(text);
            var check = await importer.CheckAsync(parsed.Lines, Ct);
            Assert.All(check.Rows, r => Assert.True(r.Order is not null ^ r.Errors.Count > 0));
        }, iter: 300, threads: 1);
    }

    [Fact]
    public async Task Random_csv_structures_are_checked_row_by_row_and_never_throw()
    {
        await using var database = TestDatabase.Create();
        var importer = Importer(database);

        await CsvText.SampleAsync(async body =>
        {
            var parsed = OrderCsvParser.Parse("external_order_id,customer_id,ordered_at,amount,currency\n" + body);
            var check = await importer.CheckAsync(parsed.Lines, Ct);
            Assert.All(check.Rows, r => Assert.True(r.Order is not null ^ r.Errors.Count > 0));
        }, iter: 500, threads: 1);
    }

    [Fact]
    public async Task Random_bytes_posted_to_the_api_get_a_4xx_and_store_nothing()
    {
        var before = await fixture.OrderCountAsync("");

        await Gen.Byte.Array[0, 300].SampleAsync(async bytes =>
        {
            var status = await PostAsync(new ByteArrayContent(bytes) { Headers = { ContentType = new("application/json") } });
            Assert.True((int)status is >= 400 and < 500, $"answered {(int)status}");
        }, iter: 150, threads: 1);

        Assert.Equal(before, await fixture.OrderCountAsync(""));
    }

    [Fact]
    public async Task Random_json_batches_get_a_verdict_never_a_500()
    {
        await Gen.Select(JsonOrder.Array[0, 8], Gen.Bool).SampleAsync(async sample =>
        {
            var (orders, wrapped) = sample;
            var json = System.Text.Json.JsonSerializer.Serialize(wrapped ? new { orders } : (object)orders);
            var status = await PostAsync(new StringContent(json, Encoding.UTF8, "application/json"));
            Assert.True(status is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.Conflict, $"answered {(int)status} to {json}");
        }, iter: 150, threads: 1);
    }

    private static Gen<string> OneOf(string[] choices) => Gen.Int[0, choices.Length - 1].Select(i => choices[i]);

    private static bool ContainsEncodedReplacementCharacter(byte[] bytes) =>
        bytes.AsSpan().IndexOf([(byte)0xEF, (byte)0xBF, (byte)0xBD]) >= 0
        || bytes.AsSpan().IndexOf([(byte)0xFD, (byte)0xFF]) >= 0 || bytes.AsSpan().IndexOf([(byte)0xFF, (byte)0xFD]) >= 0;

    private static OrderBatchImporter Importer(TestDatabase database) =>
        new(database, new BusinessCalendar(new BusinessCalendarOptions()), TimeProvider.System, Options.Create(new OrdersOptions()));

    private async Task<HttpStatusCode> PostAsync(HttpContent content)
    {
        using var response = await fixture.App.PostOrdersAsync(OrderApiFixture.ApiKey, content);
        return response.StatusCode;
    }
}
