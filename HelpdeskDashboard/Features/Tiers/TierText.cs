using System.Globalization;

using HelpdeskDashboard.Platform;

namespace HelpdeskDashboard.Features.Tiers;

/// <summary>How tier facts read to a customer; kept out of the component so the wording is testable.</summary>
public static class TierText
{
    public static string ResponseTarget(TierDefinition tier) => tier.ResponseTargetBusinessHours switch
    {
        null => "No response target",
        1 => "1 business hour",
        var hours => $"{hours.Value.ToString(CultureInfo.InvariantCulture)} business hours",
    };

    public static string IncludedHours(TierDefinition tier) => tier.IncludedHoursPerMonth switch
    {
        0 => "None",
        1 => "1 hour per month",
        var hours => $"{hours.ToString(CultureInfo.InvariantCulture)} hours per month",
    };

    /// <summary>
    /// What the helpdesk portal gives the tier. Every customer signs in to it; without support inquiries (Basic)
    /// it is for paid support and new projects, at the tier's rates.
    /// </summary>
    public static string PortalAccess(TierDefinition tier)
    {
        ArgumentNullException.ThrowIfNull(tier);
        return tier.PortalAccess
            ? tier.ResponseTargetBusinessHours is null ? "Support inquiries" : $"Support inquiries, answered within {ResponseTarget(tier)}"
            : $"Paid support requests at {HourlyRate(tier.ExtraHourRate)} and new project requests ({Fee(tier.NewProjectFee)} each); free help in the community forum";
    }

    public static string HourlyRate(Money rate) => $"{rate} per hour";

    /// <summary>A fee of zero is part of the plan.</summary>
    public static string Fee(Money fee) => fee.IsZero ? "included" : fee.ToString();

    public static string Price(Money price) => price.IsZero ? "free" : price.ToString();
}
