namespace HelpdeskDashboard.Features.Sla;

/// <summary>Bound from the "Sla" configuration section.</summary>
public sealed class SlaOptions
{
    public const string SectionName = "Sla";

    /// <summary>A clock is at risk once its remaining business time is at most this share of the target (0.25 = 25 %).</summary>
    public double AtRiskShare { get; set; } = 0.25;
}
