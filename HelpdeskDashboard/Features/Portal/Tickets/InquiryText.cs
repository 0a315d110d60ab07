using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Platform.Text;
using HelpdeskDashboard.Platform.Time;

namespace HelpdeskDashboard.Features.Portal.Tickets;

/// <summary>How the portal's ticket facts read to a customer; kept out of the components so the wording is tested.</summary>
public static class InquiryText
{
    public static string HourlyRate(TierDefinition tier)
    {
        ArgumentNullException.ThrowIfNull(tier);
        return $"{tier.ExtraHourRate} per hour";
    }

    public static string ProjectFee(TierDefinition tier)
    {
        ArgumentNullException.ThrowIfNull(tier);
        return tier.NewProjectFee.IsZero ? $"included in your {tier.DisplayName} plan" : $"{tier.NewProjectFee}, charged once";
    }

    /// <summary>The line the ticket's conversation keeps, so agents see what the customer agreed to pay.</summary>
    public static string? Acceptance(NewInquiry inquiry, TierDefinition tier)
    {
        ArgumentNullException.ThrowIfNull(inquiry);
        ArgumentNullException.ThrowIfNull(tier);
        return inquiry.Kind switch
        {
            TicketKind.PaidSupportRequest => $"The customer accepted the paid support rate of {HourlyRate(tier)}.",
            TicketKind.NewProjectRequest when !tier.NewProjectFee.IsZero => $"The customer accepted the new-project fee of {tier.NewProjectFee}.",
            _ => null,
        };
    }

    /// <summary>"Ana" from "Ana Lima": customers see their assignee's first name only.</summary>
    public static string AssigneeFirstName(string? displayName) => PersonName.First(displayName) ?? "Not assigned yet";

    /// <summary>The due instant in the viewer's zone, with the zone named so nobody mistakes it for company time.</summary>
    public static string Due(Sla.SlaReading reading, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var text = Sla.SlaTimelineText.Due(reading, zone);
        return reading.Due is { } due ? $"{text}, {DisplayFormat.Zone(zone, due)}" : text;
    }
}
