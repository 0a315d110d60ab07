using Bunit;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Platform;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Tests.Features.Tiers;

public sealed class TiersPageTests : BunitTestBase
{
    private IRenderedComponent<TiersPage> RenderWith(TierCatalog catalog)
    {
        Context.Services.AddSingleton(catalog);
        return Context.Render<TiersPage>();
    }

    private static string Fact(IRenderedComponent<TiersPage> page, Tier tier, string fact) =>
        page.Find($"section[data-tier='{tier}'] dd[data-fact='{fact}']").TextContent.Trim();

    [Fact]
    public void Page_shows_one_labelled_card_per_tier_in_catalogue_order()
    {
        var page = RenderWith(TestTiers.Catalog());

        var cards = page.FindAll("section[data-tier]");

        Assert.Equal(["Basic", "Gold", "Platinum"], cards.Select(c => c.GetAttribute("data-tier")));
        foreach (var card in cards)
        {
            var heading = page.Find($"#{card.GetAttribute("aria-labelledby")}");
            Assert.Equal("H2", heading.TagName);
            Assert.Equal(card.GetAttribute("data-tier"), heading.TextContent.Trim());
        }
        Assert.Equal("Support tiers", page.Find("h1").TextContent.Trim());
    }

    [Fact]
    public void Cards_show_the_catalogue_s_values()
    {
        // Values that appear nowhere in the shipped defaults, so only the catalogue can have put them there.
        var catalog = TestTiers.CatalogWith(tier => tier.Tier switch
        {
            Tier.Gold => tier with
            {
                DisplayName = "Gold Plus",
                ResponseTargetBusinessHours = 48,
                IncludedHoursPerMonth = 6,
                ExtraHourRate = Money.FromEuros(82.50m),
                ChangeRate = Money.FromEuros(64m),
                MonthlyPrice = Money.FromEuros(249.99m),
                YearlyPrice = Money.FromEuros(2499m),
                Channel = "Portal and phone",
            },
            _ => tier,
        });

        var page = RenderWith(catalog);

        Assert.Equal("Gold Plus", page.Find("#tier-gold").TextContent.Trim());
        Assert.Equal("Portal and phone", Fact(page, Tier.Gold, "channel"));
        Assert.Equal("48 business hours", Fact(page, Tier.Gold, "response-target"));
        Assert.Equal("6 hours per month", Fact(page, Tier.Gold, "included-hours"));
        Assert.Equal("€82.50 per hour", Fact(page, Tier.Gold, "extra-hour-rate"));
        Assert.Equal("€64.00 per hour", Fact(page, Tier.Gold, "change-rate"));
        Assert.Equal("€249.99", Fact(page, Tier.Gold, "monthly-price-detail"));
        Assert.Equal("€2,499.00", Fact(page, Tier.Gold, "yearly-price"));
        Assert.Equal("Support inquiries, answered within 48 business hours", Fact(page, Tier.Gold, "portal-access"));
    }

    [Fact]
    public void Basic_is_not_said_to_lack_the_portal_its_customers_use_for_paid_support()
    {
        var page = RenderWith(TestTiers.CatalogWith(tier => tier.Tier == Tier.Basic
            ? tier with { ExtraHourRate = Money.FromEuros(90m), NewProjectFee = Money.FromEuros(250m) }
            : tier));

        var basic = Fact(page, Tier.Basic, "portal-access");

        Assert.Equal("Paid support requests at €90.00 per hour and new project requests (€250.00 each); free help in the community forum", basic);
        Assert.DoesNotContain(page.FindAll("dd"), dd => dd.TextContent.Trim() == "No");
    }

    [Fact]
    public void Zero_amounts_and_missing_targets_are_said_in_words()
    {
        var page = RenderWith(TestTiers.Catalog());

        Assert.Equal("No response target", Fact(page, Tier.Basic, "response-target"));
        Assert.Equal("free", Fact(page, Tier.Basic, "monthly-price-detail"));
        Assert.Equal("free", Fact(page, Tier.Basic, "yearly-price"));
        Assert.Equal(
            "Paid support requests at €75.00 per hour and new project requests (€200.00 each); free help in the community forum",
            Fact(page, Tier.Basic, "portal-access"));
        Assert.Equal("Support inquiries, answered within 24 business hours", Fact(page, Tier.Platinum, "portal-access"));
        Assert.Equal("€200.00", Fact(page, Tier.Basic, "new-project-fee"));
        Assert.Equal("included", Fact(page, Tier.Platinum, "new-project-fee"));
        Assert.Equal("24 business hours", Fact(page, Tier.Platinum, "response-target"));
    }

    [Fact]
    public void Every_value_has_a_term_that_names_it()
    {
        var page = RenderWith(TestTiers.Catalog());

        foreach (var list in page.FindAll("dl"))
        {
            Assert.Equal(list.QuerySelectorAll("dt").Length, list.QuerySelectorAll("dd").Length);
            Assert.All(list.QuerySelectorAll("dt"), term => Assert.False(string.IsNullOrWhiteSpace(term.TextContent)));
        }
    }
}
