using HelpdeskDashboard.Features.Customers;

namespace HelpdeskDashboard.Features.Billing.Purchases;

/// <summary>Extra hours a customer bought for one month: they add to that month's allowance and to its statement.</summary>
public sealed class HourPurchase
{
    public long Id { get; set; }

    public int CustomerId { get; set; }

    public Customer? Customer { get; set; }

    /// <summary>The company month the hours belong to.</summary>
    public int Year { get; set; }

    public int Month { get; set; }

    public int Minutes { get; set; }

    /// <summary>The price charged, fixed at purchase time (the tier's extra-hour rate then).</summary>
    public long PriceCents { get; set; }

    /// <summary>Who bought: the signed-in user's e-mail.</summary>
    public required string PurchasedBy { get; set; }

    public long PurchasedUtcTicks { get; set; }
}
