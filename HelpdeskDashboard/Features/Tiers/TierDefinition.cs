using HelpdeskDashboard.Platform;

namespace HelpdeskDashboard.Features.Tiers;

/// <summary>A validated tier with money in cents, as the rest of the app uses it.</summary>
public sealed record TierDefinition
{
    public required Tier Tier { get; init; }

    public required string DisplayName { get; init; }

    public required bool PortalAccess { get; init; }

    public required string Channel { get; init; }

    /// <summary>First-response target in business hours; null when the tier promises none.</summary>
    public required int? ResponseTargetBusinessHours { get; init; }

    public required int IncludedHoursPerMonth { get; init; }

    public required Money ExtraHourRate { get; init; }

    /// <summary>Zero means a new project is included.</summary>
    public required Money NewProjectFee { get; init; }

    public required Money ChangeRate { get; init; }

    public required Money MonthlyPrice { get; init; }

    public required Money YearlyPrice { get; init; }

    /// <summary>Higher is served first.</summary>
    public required int PriorityRank { get; init; }

    /// <summary>The response target as an amount of business time, for the SLA calendar.</summary>
    public TimeSpan? ResponseTarget =>
        ResponseTargetBusinessHours is { } hours ? TimeSpan.FromHours(hours) : null;
}
