using System.Text;
using HelpdeskDashboard.Features.Orders;

namespace HelpdeskDashboard.Tests.Features.Orders;

public sealed class OrderCsvParserTests
{
    [Fact]
    public void Reads_columns_in_any_order_with_quotes_refunds_and_optional_currency()
    {
        var file = OrderCsvParser.Parse("amount,external_order_id,customer_id,ordered_at,currency\r\n-20.50,\"A,1\",7,2026-03-31 23:59,EUR\n1000,A-2,7,2026-04-01T00:00:00+02:00,\n");

        Assert.Empty(file.ParseErrors);
        Assert.Equal(2, file.Lines.Count);
        Assert.Equal(("A,1", 7, -20.50m, "2026-03-31 23:59"), (file.Lines[0].ExternalOrderId, file.Lines[0].CustomerId!.Value, file.Lines[0].Amount!.Value, file.Lines[0].OrderedAt));
    }

    [Theory]
    [InlineData("missing column", "external_order_id,customer_id,amount\nA,1,10", 0, "lacks ordered_at")]
    [InlineData("comma as decimal separator", "external_order_id,customer_id,ordered_at,amount\nA,1,2026-01-01,\"10,5\"", 1, "not an amount")]
    [InlineData("customer id not a number", "external_order_id,customer_id,ordered_at,amount\nA,x1,2026-01-01,10", 1, "not a customer id")]
    [InlineData("too few columns", "external_order_id,customer_id,ordered_at,amount\nA,1,2026-01-01", 1, "has 3 columns")]
    [InlineData("empty file", "", 0, "empty")]
    public void Problems_the_validator_cannot_see_are_reported_per_row(string label, string csv, int row, string message)
    {
        _ = label;
        var error = Assert.Single(OrderCsvParser.Parse(csv).ParseErrors);

        Assert.Equal(row, error.Row);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("with offset", "2026-03-31T23:59:00+02:00", "2026-03-31T21:59:00Z")]
    [InlineData("company local time, summer", "2026-03-31 23:59", "2026-03-31T21:59:00Z")]
    [InlineData("company local time, winter", "2026-01-10 10:00", "2026-01-10T09:00:00Z")]
    [InlineData("utc", "2026-01-10T10:00:00Z", "2026-01-10T10:00:00Z")]
    public void Order_instants_without_an_offset_are_company_time(string label, string text, string utc)
    {
        _ = label;
        Assert.True(OrderInstantParser.TryParse(text, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), out var at));
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), at);
    }

    [Theory]
    [InlineData("a time in the spring-forward gap", "2026-03-29 02:30")]
    [InlineData("fractional seconds without an offset", "2026-03-31T23:59:00.5")]
    [InlineData("words", "yesterday")]
    public void Ambiguous_or_unreadable_instants_are_refused(string label, string text)
    {
        _ = label;
        Assert.False(OrderInstantParser.TryParse(text, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), out _));
    }

    private const string MuellerCsv = "external_order_id,customer_id,ordered_at,amount\nMüller-1,1,2026-01-10,10\n";

    public static TheoryData<string, byte[]> ReadableEncodings => new()
    {
        { "UTF-8", Encoding.UTF8.GetBytes(MuellerCsv) },
        { "UTF-8 with byte order mark", [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(MuellerCsv)] },
        { "UTF-16 little endian with mark", [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(MuellerCsv)] },
        { "UTF-16 big endian with mark", [.. Encoding.BigEndianUnicode.Preamble, .. Encoding.BigEndianUnicode.GetBytes(MuellerCsv)] },
    };

    [Theory]
    [MemberData(nameof(ReadableEncodings))]
    public void A_file_in_a_unicode_encoding_keeps_its_characters(string label, byte[] bytes)
    {
        _ = label;
        var (text, error) = OrderCsvParser.Decode(bytes);

        Assert.Null(error);
        Assert.Equal("Müller-1", OrderCsvParser.Parse(text!).Lines.Single().ExternalOrderId);
    }

    [Fact]
    public void A_latin1_file_is_refused_naming_the_byte_instead_of_storing_a_replacement_character()
    {
        var (text, error) = OrderCsvParser.Decode(Encoding.Latin1.GetBytes(MuellerCsv));

        Assert.Null(text);
        Assert.Equal((0, "file"), (error!.Row, error.Field));
        Assert.Contains("not UTF-8: an unreadable character (0xFC) at byte 50", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quoted_fields_may_hold_line_breaks_and_doubled_quotes()
    {
        var file = OrderCsvParser.Parse("external_order_id,customer_id,ordered_at,amount\n\"A \"\"big\"\"\n1\",7,2026-01-10,10\n");

        Assert.Empty(file.ParseErrors);
        Assert.Equal("A \"big\"\n1", file.Lines.Single().ExternalOrderId);
    }
}
