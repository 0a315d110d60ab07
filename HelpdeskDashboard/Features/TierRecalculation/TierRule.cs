using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Platform;

namespace HelpdeskDashboard.Features.TierRecalculation;

/// <summary>
/// The quarterly rule: the turnover tier (thresholds inclusive) or the active paid subscription's tier, whichever is
/// higher. A subscription wins only when it is strictly higher, so the reason names what actually decided.
/// </summary>
public sealed class TierRule(Money goldFrom, Money platinumFrom)
{
    public Money GoldFrom { get; } = goldFrom;

    public Money PlatinumFrom { get; } = platinumFrom;

    public static TierRule FromOptions(TierRecalculationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new TierRule(
            Money.FromEuros(options.GoldFrom ?? throw new InvalidOperationException("TierRecalculation:GoldFrom was not validated.")),
            Money.FromEuros(options.PlatinumFrom ?? throw new InvalidOperationException("TierRecalculation:PlatinumFrom was not validated.")));
    }

    public Tier ForTurnover(long turnoverCents) =>
        turnoverCents >= PlatinumFrom.Cents ? Tier.Platinum
        : turnoverCents >= GoldFrom.Cents ? Tier.Gold
        : Tier.Basic;

    public (Tier Tier, TierAssignmentReason Reason) Decide(long turnoverCents, SubscriptionPlan activeSubscription)
    {
        var byTurnover = ForTurnover(turnoverCents);
        var bySubscription = activeSubscription switch
        {
            SubscriptionPlan.Platinum => Tier.Platinum,
            SubscriptionPlan.Gold => Tier.Gold,
            _ => Tier.Basic,
        };
        return bySubscription > byTurnover
            ? (bySubscription, TierAssignmentReason.Subscription)
            : (byTurnover, TierAssignmentReason.Turnover);
    }

    /// <summary>A subscription counts for a quarter when it has started by the quarter's first instant and has not ended then.</summary>
    public static SubscriptionPlan ActiveAt(SubscriptionPlan plan, long? startUtcTicks, long? endUtcTicks, long instantUtcTicks) =>
        plan != SubscriptionPlan.None
        && startUtcTicks is { } start && start <= instantUtcTicks
        && (endUtcTicks is null || endUtcTicks > instantUtcTicks)
            ? plan
            : SubscriptionPlan.None;
}
