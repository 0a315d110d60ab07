namespace HelpdeskDashboard.Features.Tickets;

/// <summary>A reply or internal note added to an existing ticket.</summary>
public sealed class NewTicketMessage
{
    public int TicketId { get; set; }

    public string Body { get; set; } = "";

    public bool IsInternalNote { get; set; }
}
