using HelpdeskDashboard.Features.Billing.Manager;
using HelpdeskDashboard.Features.Billing.Usage;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Tests.Infrastructure;
using nietras.SeparatedValues;

namespace HelpdeskDashboard.Tests.Features.Billing.Manager;

public sealed class StatementCsvTests
{
    private static CustomerStatement Statement(string name) => new(7, name, UsageCalculator.Compute(new MonthlyUsageInput
    {
        Month = new BillingMonth(2026, 5), Tier = TestTiers.Catalog().Get(Tier.Basic), SupportMinutes = 61, NewProjectRequests = 1,
    }, 15));

    [Fact]
    public void A_row_holds_minutes_and_cents_as_plain_integers_with_the_rates_that_explain_them()
    {
        var row = StatementCsv.Write([Statement("Nordlicht Bäckerei")]).Split("\r\n")[1];

        // ... 75 billed minutes × 7500 cents an hour = 9375; 1 project × 20000 = 20000; no subscription.
        Assert.Equal("2026-05,7,Nordlicht Bäckerei,Basic,QuarterlyDecision,0,0,0,0,61,0,61,75,9375,0,0,0,1,20000,0,29375,7500,7500,20000,,,", row);
    }

    [Theory]
    [InlineData("quotes are doubled", "Say \"hi\" GmbH", "\"Say \"\"hi\"\" GmbH\"")]
    [InlineData("a formula is defused", "=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("commas stay inside the quotes", "Kessler, Steuerungsbau", "\"Kessler, Steuerungsbau\"")]
    public void Customer_names_are_quoted_safely(string label, string name, string field)
    {
        _ = label;
        Assert.Contains($",{field},", StatementCsv.Write([Statement(name)]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_with_a_line_break_and_quotes_reads_back_as_written_and_every_row_has_every_column()
    {
        var csv = StatementCsv.Write([Statement("Line\nbreak \"Quoted\""), Statement("=1+1")]);

        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(csv);
        var names = new List<string>();
        foreach (var row in reader)
        {
            Assert.Equal(StatementCsv.Columns.Length, row.ColCount);
            names.Add(row["customer"].ToString());
        }

        Assert.Equal(["Line\nbreak \"Quoted\"", "'=1+1"], names);
    }
}
