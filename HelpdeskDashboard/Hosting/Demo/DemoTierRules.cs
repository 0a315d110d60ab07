using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Tiers;

namespace HelpdeskDashboard.Hosting.Demo;

/// <summary>
/// The tier facts the demo data needs. They mirror the defaults in appsettings.json ("Tiers" section); the turnover
/// thresholds are the demo's own assumption until the quarterly tier job defines them.
/// </summary>
internal static class DemoTierRules
{
    public const long GoldTurnoverCents = 10_000_00;

    public const long PlatinumTurnoverCents = 40_000_00;

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

    public static Tier ForTurnover(long cents) =>
        cents >= PlatinumTurnoverCents ? Tier.Platinum : cents >= GoldTurnoverCents ? Tier.Gold : Tier.Basic;

    public static Tier ForSubscription(SubscriptionPlan plan) => plan switch
    {
        SubscriptionPlan.Platinum => Tier.Platinum,
        SubscriptionPlan.Gold => Tier.Gold,
        _ => Tier.Basic,
    };

    public static Tier Max(Tier a, Tier b) => (Tier)Math.Max((int)a, (int)b);
}
