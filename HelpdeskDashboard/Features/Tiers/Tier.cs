namespace HelpdeskDashboard.Features.Tiers;

/// <summary>The support plans a customer can be on.</summary>
public enum Tier
{
    Basic,
    Gold,
    Platinum,
}
