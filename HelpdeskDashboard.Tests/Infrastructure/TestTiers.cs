using HelpdeskDashboard.Features.Tiers;

using HelpdeskDashboard.Platform;

namespace HelpdeskDashboard.Tests.Infrastructure;

/// <summary>Tier data shaped like the shipped defaults, for tests to start from and change.</summary>
public static class TestTiers
{
    public static TiersOptions ValidOptions()
    {
        var options = new TiersOptions();
        options.Tiers["Basic"] = new TierSettings
        {
            DisplayName = "Basic", PortalAccess = false, Channel = "Community forum; paid support on request",
            ResponseTargetBusinessHours = null, IncludedHoursPerMonth = 0, ExtraHourRate = 75m, NewProjectFee = 200m,
            ChangeRate = 75m, MonthlyPrice = 0m, YearlyPrice = 0m, PriorityRank = 0,
        };
        options.Tiers["Gold"] = new TierSettings
        {
            DisplayName = "Gold", PortalAccess = true, Channel = "Customer portal",
            ResponseTargetBusinessHours = 72, IncludedHoursPerMonth = 4, ExtraHourRate = 75m, NewProjectFee = 0m,
            ChangeRate = 75m, MonthlyPrice = 200m, YearlyPrice = 2000m, PriorityRank = 1,
        };
        options.Tiers["Platinum"] = new TierSettings
        {
            DisplayName = "Platinum", PortalAccess = true, Channel = "Customer portal, highest priority",
            ResponseTargetBusinessHours = 24, IncludedHoursPerMonth = 10, ExtraHourRate = 75m, NewProjectFee = 0m,
            ChangeRate = 75m, MonthlyPrice = 500m, YearlyPrice = 5000m, PriorityRank = 2,
        };
        return options;
    }

    public static TierCatalog Catalog() => TierCatalog.FromOptions(ValidOptions());

    public static TierDefinition Definition(Tier tier) => Catalog().Get(tier);

    /// <summary>A catalogue whose tiers are replaced where <paramref name="change"/> returns something new.</summary>
    public static TierCatalog CatalogWith(Func<TierDefinition, TierDefinition> change) =>
        new(Catalog().All.Select(change));

    public static Money Euros(decimal euros) => Money.FromEuros(euros);
}
