using Bunit;
using Bunit.TestDoubles;
using HelpdeskDashboard.Features.Billing.Purchases;
using HelpdeskDashboard.Features.Billing.Usage;
using HelpdeskDashboard.Features.Portal.Home;
using HelpdeskDashboard.Features.Reports;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Tests.Features.Portal.Home;

public sealed class PortalHomePageTests : BunitTestBase
{
    private static readonly TierCatalog Catalog = TestTiers.Catalog();
    private static readonly BillingMonth May = new(2026, 5);
    private readonly FakePortalQuery _query = new();
    private readonly FakePurchases _purchases = new();

    public PortalHomePageTests()
    {
        Context.Services.AddSingleton<IPortalHomeQuery>(_query);
        Context.Services.AddSingleton<IHourPurchases>(_purchases);
        // The response record card reads the database through its own query; its own tests cover it (Reports).
        Context.ComponentFactories.AddStub<SlaRecordCard>();
    }

    private static MonthlyUsage Usage(Tier tier, int used, int purchased = 0, BillingMonth? month = null) =>
        UsageCalculator.Compute(new MonthlyUsageInput
        {
            Month = month ?? May, Tier = Catalog.Get(tier), SupportMinutes = used, PurchasedMinutes = purchased, PurchasesCents = purchased / 60 * 75_00,
        }, 15);

    private static PortalHome Home(Tier tier, int used, int purchased = 0) => new(
        3, "Kessler Steuerungsbau GmbH", "Anna Bauer", Catalog.Get(tier), Catalog.All.FirstOrDefault(t => t.PriorityRank > Catalog.Get(tier).PriorityRank),
        Usage(tier, used, purchased),
        [.. Enumerable.Range(0, 12).Select(back => Usage(tier, back * 10, month: May.AddMonths(back - 11)))],
        [new TierHistoryRow("2026-Q2", tier, TierAssignmentReason.Turnover, Tier.Basic, 12_000_00)],
        "https://forum.example/", 40);

    private IRenderedComponent<PortalHomePage> Render(PortalHome home)
    {
        _query.Home = home;
        var page = Context.Render<PortalHomePage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid='company']")));
        return page;
    }

    [Fact]
    public void The_portal_shows_the_customers_response_record()
    {
        var page = Render(Home(Tier.Gold, used: 90));

        Assert.Single(page.FindComponents<Stub<SlaRecordCard>>());
    }

    [Fact]
    public void Remaining_hours_read_in_words_beside_the_bar()
    {
        var page = Render(Home(Tier.Gold, used: 90));

        Assert.Equal("2 h 30 min of 4 h left", page.Find("[data-testid='remaining-text']").TextContent.Trim());
        Assert.Equal("Used 1 h 30 min of 4 h", page.Find("[data-testid='remaining-bar']").GetAttribute("aria-label"));
        Assert.Empty(page.FindAll("[data-testid='usage-alert']"));
    }

    [Theory]
    [InlineData("75 % used", 180, "75", "You have used 75 % of your included hours for May 2026.")]
    [InlineData("all used", 250, "100", "All included hours for May 2026 are used.")]
    public void Banners_warn_in_words_at_75_and_100_percent(string label, int used, string threshold, string headline)
    {
        _ = label;
        var banner = Render(Home(Tier.Gold, used)).Find("[data-testid='usage-alert']");

        Assert.Equal(threshold, banner.GetAttribute("data-threshold"));
        Assert.Contains(headline, banner.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_months_total_is_shown_as_the_lines_that_make_it_overage_as_billed_time_times_the_rate()
    {
        var page = Render(Home(Tier.Gold, used: 241));

        var overage = page.Find("[data-testid='statement-breakdown'] tr[data-line='Overage']");
        Assert.Contains("15 min × €75.00 per hour", overage.TextContent, StringComparison.Ordinal);
        Assert.Equal("€18.75", overage.QuerySelector("[data-testid='line-amount']")!.TextContent.Trim());
        Assert.Equal("€18.75", page.Find("[data-testid='month-total']").TextContent.Trim());
        Assert.Contains("Total this month so far", page.Find("[data-testid='statement-breakdown'] tfoot").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Basic_customers_get_the_forum_link_and_a_plain_statement_instead_of_a_bar()
    {
        var page = Render(Home(Tier.Basic, used: 30));

        Assert.Equal("https://forum.example/", page.Find("[data-testid='community-forum'] a").GetAttribute("href"));
        Assert.Contains("includes no support hours", page.Find("[data-testid='remaining-text']").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid='remaining-bar']"));
    }

    [Fact]
    public void The_tier_card_lists_entitlements_and_what_the_next_tier_adds()
    {
        var page = Render(Home(Tier.Gold, used: 0));

        Assert.Equal("72 business hours", page.Find("[data-fact='response-target']").TextContent);
        Assert.Equal("€200.00 per month, €2,000.00 per year", page.Find("[data-fact='price']").TextContent);
        Assert.Equal(["Response target: 24 business hours", "Included hours: 10 hours per month", "Price: €500.00 per month or €5,000.00 per year"],
            page.FindAll("[data-testid='next-tier'] li").Select(li => li.TextContent));
    }

    [Fact]
    public void Twelve_months_are_charted_and_listed_newest_first_with_the_tier_history()
    {
        var page = Render(Home(Tier.Gold, used: 0));

        Assert.Equal(12, page.FindAll("[data-testid='usage-table'] tbody tr").Count);
        Assert.Equal("May 2026", page.Find("[data-testid='usage-table'] tbody tr th").TextContent);
        Assert.Contains("Turnover of the previous quarter: €12,000.00", page.Find("[data-testid='tier-history']").TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.FindAll("svg"));
    }

    [Fact]
    public void Buying_hours_shows_the_rate_and_total_and_buys_only_after_confirmation()
    {
        var page = Render(Home(Tier.Gold, used: 0));

        page.Find("button[data-testid='buy-hours']").Click();
        Assert.Equal("€75.00 per hour", page.Find("[data-testid='buy-rate']").TextContent);
        page.Find("[data-testid='buy-hours-count'] input, input[data-testid='buy-hours-count']").Change("3");
        Assert.Equal("Total: €225.00", page.Find("[data-testid='buy-total']").TextContent);
        Assert.Empty(_purchases.Commands);

        page.Find("button[data-testid='confirm-buy']").Click();

        Assert.Equal([new BuyExtraHours(3, 75_00)], _purchases.Commands);
        page.WaitForAssertion(() => Assert.Contains("Bought 3 h for May 2026", page.Find("[data-testid='buy-feedback']").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_usage_change_of_this_customer_reloads_the_page_and_another_customers_does_not()
    {
        var page = Render(Home(Tier.Gold, used: 0));
        _query.Home = Home(Tier.Gold, used: 90);

        await UsageChanges.PublishAsync(99);
        Assert.Equal("4 h of 4 h left", page.Find("[data-testid='remaining-text']").TextContent.Trim());

        await UsageChanges.PublishAsync(3);
        page.WaitForAssertion(() => Assert.Equal("2 h 30 min of 4 h left", page.Find("[data-testid='remaining-text']").TextContent.Trim()));
    }

    private sealed class FakePortalQuery : IPortalHomeQuery
    {
        public PortalHome? Home { get; set; }

        public Task<PortalHome?> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(Home);
    }

    private sealed class FakePurchases : IHourPurchases
    {
        public List<BuyExtraHours> Commands { get; } = [];

        public Task<CommandResult<HourPurchase>> BuyAsync(BuyExtraHours command, CancellationToken cancellationToken = default)
        {
            Commands.Add(command);
            return Task.FromResult(new CommandResult<HourPurchase>(CommandOutcome.Succeeded, null, []));
        }
    }
}
