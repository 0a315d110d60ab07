using HelpdeskDashboard.Features.Customers;

namespace HelpdeskDashboard.Hosting.Demo;

/// <summary>
/// One demo customer. <see cref="TurnoverPattern"/> holds the turnover level of the last five quarters, oldest
/// first (B below Gold, G Gold, P Platinum); the last letter is the current, unfinished quarter.
/// </summary>
internal sealed record DemoCompany(string Name, string Country, string TimeZone, string Domain, string TurnoverPattern)
{
    public DemoSubscription? Subscription { get; init; }

    /// <summary>Logs more hours than its tier includes in most months.</summary>
    public bool HeavyUser { get; init; }
}

/// <summary>A subscription that started (and perhaps ended) at the start of a quarter, given relative to the current one.</summary>
internal sealed record DemoSubscription(SubscriptionPlan Plan, SubscriptionBilling Billing, int StartQuarterOffset, int? EndQuarterOffset = null);
