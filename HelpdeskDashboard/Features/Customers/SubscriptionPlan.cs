namespace HelpdeskDashboard.Features.Customers;

/// <summary>A paid subscription that lifts a customer to at least this tier, whatever its turnover.</summary>
public enum SubscriptionPlan
{
    None,
    Gold,
    Platinum,
}
