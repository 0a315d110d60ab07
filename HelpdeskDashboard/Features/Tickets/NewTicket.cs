namespace HelpdeskDashboard.Features.Tickets;

/// <summary>A ticket as a customer (or an agent on their behalf) opens it: the subject and the first message.</summary>
public sealed class NewTicket
{
    public int CustomerId { get; set; }

    /// <summary>The person who wrote it; null when an agent records a phone call.</summary>
    public int? CustomerUserId { get; set; }

    public TicketKind Kind { get; set; } = TicketKind.SupportInquiry;

    public string Subject { get; set; } = "";

    public string Body { get; set; } = "";
}
