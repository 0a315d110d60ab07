using System.Net;
using HelpdeskDashboard.Features.Billing.Manager;
using HelpdeskDashboard.Features.Billing.Usage;
using HelpdeskDashboard.Platform.Time;
using HelpdeskDashboard.Tests.Features.Accounts;

namespace HelpdeskDashboard.Tests.Features.Billing.Manager;

/// <summary>The statement export and the portal over real HTTP with real sign-ins.</summary>
public sealed class BillingHttpTests(SignedInAppFixture fixture) : IClassFixture<SignedInAppFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<(HttpStatusCode Status, string Body, string? ContentType)> GetAsync(Visitor visitor, string path)
    {
        using var response = await fixture.For(visitor).GetAsync(new Uri(path, UriKind.Relative), Cancel);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Cancel)), response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_manager_exports_every_customers_statement_with_the_documented_columns()
    {
        // The hosted app runs on the real clock; the demo customers hold their tiers since start-up, so ask for this month.
        var month = BillingMonth.Of(new CompanyClock(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), TimeProvider.System).Today);
        var (status, body, type) = await GetAsync(Visitor.Manager, $"/manager/billing/statements.csv?month={month.Label}");

        Assert.Equal((HttpStatusCode.OK, "text/csv"), (status, type));
        var lines = body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', StatementCsv.Columns), lines[0]);
        Assert.Contains(lines, l => l.StartsWith(month.Label + ",", StringComparison.Ordinal) && l.Contains(",Demo Gold Customer GmbH,Gold,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",Demo Basic Customer GmbH,Basic,", StringComparison.Ordinal));
        Assert.All(lines.Skip(1), l => Assert.Equal(StatementCsv.Columns.Length, l.Split(',').Length));
    }

    [Theory]
    [InlineData("no month", "/manager/billing/statements.csv")]
    [InlineData("month 13", "/manager/billing/statements.csv?month=2026-13")]
    public async Task A_bad_month_is_answered_with_400_and_the_expected_format(string label, string path)
    {
        _ = label;
        var (status, body, _) = await GetAsync(Visitor.Manager, path);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("yyyy-MM", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Visitor.GoldCustomer, "Demo Gold Customer GmbH", "Demo Basic Customer GmbH")]
    [InlineData(Visitor.BasicCustomer, "Demo Basic Customer GmbH", "Demo Gold Customer GmbH")]
    public async Task A_customer_sees_only_their_own_company_on_the_portal(Visitor visitor, string own, string other)
    {
        var (status, body, _) = await GetAsync(visitor, "/portal");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(own, body, StringComparison.Ordinal);
        Assert.DoesNotContain(other, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_gold_customer_sees_their_hours_and_the_basic_customer_the_forum()
    {
        var (_, gold, _) = await GetAsync(Visitor.GoldCustomer, "/portal");
        var (_, basic, _) = await GetAsync(Visitor.BasicCustomer, "/portal");

        Assert.Contains("of 4 h left", gold, StringComparison.Ordinal);
        Assert.DoesNotContain("community forum", gold, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("open the community forum", basic, StringComparison.Ordinal);
    }
}
