namespace HelpdeskDashboard.Features.Tiers;

/// <summary>The tier a customer holds for one calendar quarter; at most one per customer and quarter.</summary>
public sealed class TierAssignment
{
    public int Id { get; set; }

    public int CustomerId { get; set; }

    public int Year { get; set; }

    /// <summary>1 to 4.</summary>
    public int Quarter { get; set; }

    /// <summary>The turnover, in euro cents, on which the decision was based.</summary>
    public long TurnoverCents { get; set; }

    public Tier Tier { get; set; }

    /// <summary>Null for a customer's first assignment.</summary>
    public Tier? PreviousTier { get; set; }

    public TierAssignmentReason Reason { get; set; }

    public long CreatedUtcTicks { get; set; }

    /// <summary>"2026-Q4".</summary>
    public string QuarterLabel => $"{Year}-Q{Quarter}";
}
