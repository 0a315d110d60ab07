using HelpdeskDashboard.Features.Tiers;

namespace HelpdeskDashboard.Features.Customers;

/// <summary>A company we support. Instants are UTC ticks so SQLite can sort and compare them.</summary>
public sealed class Customer
{
    public int Id { get; set; }

    public required string CompanyName { get; set; }

    public required string ContactEmail { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code, upper case ("DE").</summary>
    public required string Country { get; set; }

    /// <summary>
    /// IANA time zone id of the customer's site ("Europe/Berlin"). Nothing is shown in it directly: a person provisioned
    /// for this customer starts with it as their <see cref="CustomerUser.TimeZone"/>, and each person reads times in
    /// their own zone.
    /// </summary>
    public required string DisplayTimeZone { get; set; }

    public Tier CurrentTier { get; set; }

    public long TierSinceUtcTicks { get; set; }

    public SubscriptionPlan SubscriptionTier { get; set; }

    /// <summary>Null while <see cref="SubscriptionTier"/> is <see cref="SubscriptionPlan.None"/>.</summary>
    public SubscriptionBilling? SubscriptionBilling { get; set; }

    /// <summary>Null while <see cref="SubscriptionTier"/> is <see cref="SubscriptionPlan.None"/>.</summary>
    public long? SubscriptionStartUtcTicks { get; set; }

    /// <summary>Null for a subscription that renews until cancelled.</summary>
    public long? SubscriptionEndUtcTicks { get; set; }

    public List<CustomerUser> Users { get; set; } = [];
}
