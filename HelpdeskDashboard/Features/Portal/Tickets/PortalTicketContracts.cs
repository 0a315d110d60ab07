using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tiers;

namespace HelpdeskDashboard.Features.Portal.Tickets;

/// <summary>One of the customer's tickets as the portal lists it: the assignee by first name only.</summary>
public sealed record PortalTicketRow(
    int Id,
    string Subject,
    TicketKind Kind,
    TicketStatus Status,
    string AssigneeFirstName,
    DateTimeOffset Created,
    SlaReading Sla)
{
    public bool IsOpen => Status is not (TicketStatus.Resolved or TicketStatus.Closed);
}

/// <summary>A page of the customer's tickets, open ones first; <paramref name="Total"/> counts all of them.</summary>
public sealed record PortalTicketPage(IReadOnlyList<PortalTicketRow> Rows, int Total, int OpenCount, DateTimeOffset AsOf)
{
    public static PortalTicketPage Empty(DateTimeOffset asOf) => new([], 0, 0, asOf);
}

/// <summary>What the signed-in customer may file and at what price, from their tier.</summary>
public sealed record InquiryOffer(string CompanyName, TierDefinition Tier, string CommunityForumUrl)
{
    /// <summary>Gold and Platinum file support inquiries with their SLA; Basic requests paid support.</summary>
    public bool IncludesSupportInquiries => Tier.PortalAccess;

    public TicketKind SupportKind => IncludesSupportInquiries ? TicketKind.SupportInquiry : TicketKind.PaidSupportRequest;
}
