using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Platform;
using HelpdeskDashboard.Platform.Time;

namespace HelpdeskDashboard.Features.Billing.Usage;

/// <summary>Where a month's tier came from, so statements and the portal can say why.</summary>
public enum TierSource
{
    /// <summary>The quarterly decision (turnover, subscription or first assignment) recorded for the month's quarter.</summary>
    QuarterlyDecision,

    /// <summary>A paid subscription active in the month lifted the tier above the quarterly decision or fallback.</summary>
    Subscription,

    /// <summary>No decision for the quarter: the customer's current tier, held since before the month ended.</summary>
    CurrentTier,

    /// <summary>No decision and the current tier started after the month: Basic.</summary>
    Basic,
}

public sealed record TierHeld(Tier Tier, TierSource Source, TierAssignmentReason? DecisionReason);

/// <summary>A paid subscription active in a month, with its plan's tier and how the shop bills it.</summary>
public sealed record PaidSubscription(TierDefinition Plan, SubscriptionBilling Billing)
{
    /// <summary>What one invoice of the subscription costs: the plan's monthly or yearly price.</summary>
    public Money Price => Billing == SubscriptionBilling.Yearly ? Plan.YearlyPrice : Plan.MonthlyPrice;
}

/// <summary>
/// The tier a customer held in a month. Rule: the tier assignment of the month's quarter; without one, the customer's
/// current tier if it was held before the month ended, else Basic. A paid subscription that is active on any day of
/// the month lifts the result to at least the subscribed tier (the customer pays for that month).
/// </summary>
public static class TierForMonth
{
    public static TierHeld Resolve(BillingMonth month, TierAssignment? quarterAssignment, Customer customer, CompanyClock clock)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var startTicks = month.StartIn(clock).UtcTicks;
        var endTicks = month.EndIn(clock).UtcTicks;

        var held = quarterAssignment is { } decision
            ? new TierHeld(decision.Tier, TierSource.QuarterlyDecision, decision.Reason)
            : customer.TierSinceUtcTicks < endTicks
                ? new TierHeld(customer.CurrentTier, TierSource.CurrentTier, null)
                : new TierHeld(Tier.Basic, TierSource.Basic, null);

        var subscribed = SubscribedTier(customer, startTicks, endTicks);
        return subscribed is { } tier && tier > held.Tier ? new TierHeld(tier, TierSource.Subscription, null) : held;
    }

    /// <summary>The paid subscription active on any day of the month, or null; the statement says where it is billed.</summary>
    public static PaidSubscription? SubscriptionIn(BillingMonth month, Customer customer, CompanyClock clock, TierCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(catalog);
        var tier = SubscribedTier(customer, month.StartIn(clock).UtcTicks, month.EndIn(clock).UtcTicks);
        return tier is { } plan ? new PaidSubscription(catalog.Get(plan), customer.SubscriptionBilling ?? SubscriptionBilling.Monthly) : null;
    }

    private static Tier? SubscribedTier(Customer customer, long monthStartTicks, long monthEndTicks)
    {
        if (customer.SubscriptionTier == SubscriptionPlan.None || customer.SubscriptionStartUtcTicks is not { } start)
        {
            return null;
        }

        var active = start < monthEndTicks && (customer.SubscriptionEndUtcTicks is not { } end || end > monthStartTicks);
        return !active ? null : customer.SubscriptionTier == SubscriptionPlan.Platinum ? Tier.Platinum : Tier.Gold;
    }
}
