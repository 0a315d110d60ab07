using HelpdeskDashboard.Features.Tiers;

namespace HelpdeskDashboard.Features.TierRecalculation;

/// <summary>One customer's tier for one quarter, before it is written.</summary>
public sealed record TierDecision(
    int CustomerId,
    string CompanyName,
    long TurnoverCents,
    Tier Tier,
    Tier? PreviousTier,
    long? PreviousTurnoverCents,
    TierAssignmentReason Reason)
{
    public TierChange Change => PreviousTier switch
    {
        null => TierChange.First,
        var previous when Tier > previous => TierChange.Up,
        var previous when Tier < previous => TierChange.Down,
        _ => TierChange.Unchanged,
    };
}

public enum TierChange
{
    First,
    Up,
    Down,
    Unchanged,
}
