namespace HelpdeskDashboard.Features.Tickets;

public enum MessageAuthorKind
{
    Customer,
    Agent,
    System,
}
