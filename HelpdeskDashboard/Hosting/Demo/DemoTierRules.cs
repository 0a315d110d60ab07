using HelpdeskDashboard.Features.Tiers;

namespace HelpdeskDashboard.Hosting.Demo;

/// <summary>
/// The tier facts the demo data needs besides the turnover thresholds (those come from the configured
/// "TierRecalculation" section, see <see cref="DemoDataSeeder"/>). They mirror the defaults in appsettings.json
/// ("Tiers" section).
/// </summary>
internal static class DemoTierRules
{
    public static TimeSpan? ResponseTarget(Tier tier) => tier switch
    {
        Tier.Platinum => TimeSpan.FromHours(24),
        Tier.Gold => TimeSpan.FromHours(72),
        _ => null,
    };

    public static int PriorityRank(Tier tier) => tier switch
    {
        Tier.Platinum => 2,
        Tier.Gold => 1,
        _ => 0,
    };

    public static int IncludedHoursPerMonth(Tier tier) => tier switch
    {
        Tier.Platinum => 10,
        Tier.Gold => 4,
        _ => 0,
    };
}
