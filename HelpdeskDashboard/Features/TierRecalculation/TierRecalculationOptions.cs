namespace HelpdeskDashboard.Features.TierRecalculation;

/// <summary>The "TierRecalculation" section: turnover thresholds (EUR) and how the quarterly job works through customers.</summary>
public sealed class TierRecalculationOptions
{
    public const string SectionName = "TierRecalculation";

    /// <summary>Turnover from which a customer earns Gold, in euros.</summary>
    public decimal? GoldFrom { get; set; }

    /// <summary>Turnover from which a customer earns Platinum, in euros.</summary>
    public decimal? PlatinumFrom { get; set; }

    /// <summary>How many calendar quarters before the assigned one count as turnover (1 = the previous quarter).</summary>
    public int TurnoverWindowQuarters { get; set; } = 1;

    /// <summary>Customers decided and committed per transaction; a crash loses at most one batch of work.</summary>
    public int BatchSize { get; set; } = 2000;
}
