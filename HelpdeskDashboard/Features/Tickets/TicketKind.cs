namespace HelpdeskDashboard.Features.Tickets;

public enum TicketKind
{
    SupportInquiry,
    PaidSupportRequest,
    NewProjectRequest,
    ChangeRequest,
}
