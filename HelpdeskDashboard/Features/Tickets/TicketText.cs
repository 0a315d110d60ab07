using HelpdeskDashboard.Features.Tiers;

namespace HelpdeskDashboard.Features.Tickets;

/// <summary>How ticket facts read on the board and the ticket page; kept out of the components so the wording is tested.</summary>
public static class TicketText
{
    public static string Kind(TicketKind kind) => kind switch
    {
        TicketKind.SupportInquiry => "Support inquiry",
        TicketKind.PaidSupportRequest => "Paid support request",
        TicketKind.NewProjectRequest => "New project request",
        TicketKind.ChangeRequest => "Change request",
        _ => kind.ToString(),
    };

    public static string Status(TicketStatus status) => status switch
    {
        TicketStatus.New => "New",
        TicketStatus.Open => "Open",
        TicketStatus.WaitingOnCustomer => "Waiting on customer",
        TicketStatus.OnHold => "On hold",
        TicketStatus.Resolved => "Resolved",
        TicketStatus.Closed => "Closed",
        _ => status.ToString(),
    };

    public static string Tier(Tier tier) => tier.ToString();

    public static string Assignee(string? name) => string.IsNullOrWhiteSpace(name) ? "Unassigned" : name;
}
