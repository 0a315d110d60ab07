namespace HelpdeskDashboard.Features.Tickets;

public enum TicketStatus
{
    New,
    Open,
    WaitingOnCustomer,
    OnHold,
    Resolved,
    Closed,
}
