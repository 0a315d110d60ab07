using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Platform;
using HelpdeskDashboard.Tests.Infrastructure;

namespace HelpdeskDashboard.Tests.Features.Tiers;

public sealed class TierCatalogTests
{
    [Fact]
    public void Catalogue_built_from_options_holds_amounts_in_cents()
    {
        var options = TestTiers.ValidOptions();
        options.Tiers["Gold"].MonthlyPrice = 199.99m;

        var gold = TierCatalog.FromOptions(options).Get(Tier.Gold);

        Assert.Equal(new Money(19_999), gold.MonthlyPrice);
        Assert.Equal(new Money(200_000), gold.YearlyPrice);
        Assert.Equal(new Money(7_500), gold.ExtraHourRate);
        Assert.True(gold.NewProjectFee.IsZero);
    }

    [Fact]
    public void Catalogue_keeps_each_tier_s_own_settings()
    {
        var catalog = TestTiers.Catalog();

        var basic = catalog.Get(Tier.Basic);
        var platinum = catalog.Get(Tier.Platinum);

        Assert.False(basic.PortalAccess);
        Assert.Equal("Community forum; paid support on request", basic.Channel);
        Assert.Null(basic.ResponseTarget);
        Assert.Equal(Money.FromEuros(200m), basic.NewProjectFee);
        Assert.True(platinum.PortalAccess);
        Assert.Equal(TimeSpan.FromHours(24), platinum.ResponseTarget);
        Assert.Equal(10, platinum.IncludedHoursPerMonth);
        Assert.Equal(2, platinum.PriorityRank);
    }

    [Fact]
    public void All_lists_tiers_from_lowest_to_highest_priority()
    {
        var options = TestTiers.ValidOptions();
        // Reversed ranks prove the order follows PriorityRank, not the enum.
        options.Tiers["Basic"].PriorityRank = 9;
        options.Tiers["Platinum"].PriorityRank = 0;

        var order = TierCatalog.FromOptions(options).All.Select(t => t.Tier);

        Assert.Equal([Tier.Platinum, Tier.Gold, Tier.Basic], order);
    }

    [Fact]
    public void Catalogue_without_every_tier_is_refused()
    {
        var onlyGold = TestTiers.Catalog().All.Where(t => t.Tier == Tier.Gold);

        var error = Assert.Throws<ArgumentException>(() => new TierCatalog(onlyGold));

        Assert.Contains("Basic, Platinum", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalogue_with_a_tier_twice_is_refused()
    {
        var all = TestTiers.Catalog().All;
        var twice = all.Append(all[0] with { DisplayName = "Another Basic" });

        var error = Assert.Throws<ArgumentException>(() => new TierCatalog(twice));

        Assert.Contains("Basic is defined more than once", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_that_skipped_validation_fail_loudly_instead_of_defaulting_to_zero()
    {
        var options = TestTiers.ValidOptions();
        options.Tiers["Gold"].MonthlyPrice = null;

        var error = Assert.Throws<InvalidOperationException>(() => TierCatalog.FromOptions(options));

        Assert.Contains("Tiers:Gold", error.Message, StringComparison.Ordinal);
    }
}
