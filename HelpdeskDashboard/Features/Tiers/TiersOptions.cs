namespace HelpdeskDashboard.Features.Tiers;

/// <summary>The "Tiers" configuration section, keyed by tier name ("Tiers:Gold:MonthlyPrice").</summary>
public sealed class TiersOptions
{
    public const string SectionName = "Tiers";

    // Deliberately empty: the configuration binder merges into existing entries, so defaults in code would
    // survive a configuration that removes a tier. The defaults live in appsettings.json only.
    public Dictionary<string, TierSettings> Tiers { get; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>
/// One tier as configured. Every member is nullable so that a forgotten setting is reported
/// instead of silently becoming 0 (a free price, say). Amounts are euros with at most two decimals.
/// </summary>
public sealed class TierSettings
{
    public string? DisplayName { get; set; }

    public bool? PortalAccess { get; set; }

    /// <summary>How the customer reaches support, e.g. "Community forum; paid support on request".</summary>
    public string? Channel { get; set; }

    /// <summary>First-response target in business hours; none for tiers without a promise.</summary>
    public int? ResponseTargetBusinessHours { get; set; }

    public int? IncludedHoursPerMonth { get; set; }

    public decimal? ExtraHourRate { get; set; }

    /// <summary>Fee for setting up a new project; 0 means included.</summary>
    public decimal? NewProjectFee { get; set; }

    public decimal? ChangeRate { get; set; }

    public decimal? MonthlyPrice { get; set; }

    public decimal? YearlyPrice { get; set; }

    /// <summary>Higher is served first.</summary>
    public int? PriorityRank { get; set; }
}
