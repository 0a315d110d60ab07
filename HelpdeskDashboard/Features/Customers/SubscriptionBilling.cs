namespace HelpdeskDashboard.Features.Customers;

public enum SubscriptionBilling
{
    Monthly,
    Yearly,
}
