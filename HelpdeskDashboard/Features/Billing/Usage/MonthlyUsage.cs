using HelpdeskDashboard.Features.Tiers;

using HelpdeskDashboard.Platform;

namespace HelpdeskDashboard.Features.Billing.Usage;

/// <summary>What a customer's month is made of, read from the database.</summary>
public sealed record MonthlyUsageInput
{
    public required BillingMonth Month { get; init; }

    public required TierDefinition Tier { get; init; }

    public TierSource TierSource { get; init; }

    /// <summary>Billable minutes on every ticket kind except change requests: these use up the allowance.</summary>
    public int SupportMinutes { get; init; }

    /// <summary>Billable minutes on change requests: charged at the change rate, never from the allowance.</summary>
    public int ChangeRequestMinutes { get; init; }

    public int NonBillableMinutes { get; init; }

    public int PurchasedMinutes { get; init; }

    public long PurchasesCents { get; init; }

    /// <summary>New project requests opened in the month (company zone).</summary>
    public int NewProjectRequests { get; init; }

    /// <summary>Unused minutes of the previous month when the carry-over rule is on; 0 otherwise.</summary>
    public int CarriedOverMinutes { get; init; }

    /// <summary>A paid subscription active in the month; billed by the shop, never part of the statement's total.</summary>
    public PaidSubscription? Subscription { get; init; }
}

/// <summary>A customer's month: allowance, use, and every charge in cents.</summary>
public sealed record MonthlyUsage
{
    public required BillingMonth Month { get; init; }

    public required TierDefinition Tier { get; init; }

    public required TierSource TierSource { get; init; }

    public required int IncludedMinutes { get; init; }

    public required int CarriedOverMinutes { get; init; }

    public required int PurchasedMinutes { get; init; }

    /// <summary>Included + carried over + purchased.</summary>
    public required int AllowanceMinutes { get; init; }

    public required int UsedMinutes { get; init; }

    public required int NonBillableMinutes { get; init; }

    public required int RemainingMinutes { get; init; }

    public required int OverageMinutes { get; init; }

    public required int BilledOverageMinutes { get; init; }

    public required Money OverageCost { get; init; }

    public required int ChangeRequestMinutes { get; init; }

    public required int BilledChangeRequestMinutes { get; init; }

    public required Money ChangeRequestCost { get; init; }

    public required int NewProjectRequests { get; init; }

    public required Money ProjectFees { get; init; }

    public required Money Purchases { get; init; }

    /// <summary>The increment overage and change-request time were rounded up to, for saying so on the statement.</summary>
    public int BillingIncrementMinutes { get; init; } = 15;

    /// <summary>A paid subscription active in the month; billed by the shop, never part of <see cref="Total"/>.</summary>
    public PaidSubscription? Subscription { get; init; }

    public Money Total => OverageCost + ChangeRequestCost + ProjectFees + Purchases;

    /// <summary>Share of the allowance used (1 = all of it); 0 when there is no allowance.</summary>
    public double UsedShare => AllowanceMinutes == 0 ? 0 : (double)UsedMinutes / AllowanceMinutes;

    /// <summary>The highest alert threshold reached (75 or 100), or null.</summary>
    public int? ReachedThreshold => AllowanceMinutes == 0
        ? null
        : UsedMinutes * 100L >= AllowanceMinutes * 100L ? 100
        : UsedMinutes * 100L >= AllowanceMinutes * 75L ? 75
        : null;
}
