namespace HelpdeskDashboard.Features.Tiers;

/// <summary>Why a customer got its tier for a quarter.</summary>
public enum TierAssignmentReason
{
    /// <summary>The previous quarter's turnover reached the tier's threshold.</summary>
    Turnover,

    /// <summary>A paid subscription set a higher tier than turnover alone would.</summary>
    Subscription,

    /// <summary>The customer's first assignment.</summary>
    Initial,
}
