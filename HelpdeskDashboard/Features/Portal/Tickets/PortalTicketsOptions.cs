namespace HelpdeskDashboard.Features.Portal.Tickets;

/// <summary>Settings of the customer's ticket pages (section "PortalTickets").</summary>
public sealed class PortalTicketsOptions
{
    public const string SectionName = "PortalTickets";

    /// <summary>Where Basic customers find the community forum; an absolute http(s) address.</summary>
    public string CommunityForumUrl { get; set; } = "";
}
