using System.Net;
using HelpdeskDashboard.Tests.Infrastructure;

namespace HelpdeskDashboard.Tests.Features.Tiers;

public sealed class TiersPageHttpTests
{
    [Fact]
    public async Task Anonymous_visitor_gets_the_prerendered_tier_comparison()
    {
        await using var app = new HelpdeskAppFactory();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/tiers", UriKind.Relative), TestContext.Current.CancellationToken);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Basic", html, StringComparison.Ordinal);
        Assert.Contains("Gold", html, StringComparison.Ordinal);
        Assert.Contains("Platinum", html, StringComparison.Ordinal);
        Assert.Contains("24 business hours", html, StringComparison.Ordinal);
        Assert.Contains("72 business hours", html, StringComparison.Ordinal);
        Assert.Contains("€5,000.00", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configured_values_reach_the_page()
    {
        await using var app = new HelpdeskAppFactory();
        app.Settings["Tiers:Platinum:ResponseTargetBusinessHours"] = "12";
        using var client = app.CreateClient();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/tiers", UriKind.Relative), TestContext.Current.CancellationToken));

        Assert.Contains("12 business hours", html, StringComparison.Ordinal);
        Assert.DoesNotContain("24 business hours", html, StringComparison.Ordinal);
    }
}
