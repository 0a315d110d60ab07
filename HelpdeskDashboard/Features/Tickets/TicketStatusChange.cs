using HelpdeskDashboard.Features.Accounts;

namespace HelpdeskDashboard.Features.Tickets;

/// <summary>
/// One status transition. A ticket starts as New at its creation instant, so this history is enough to
/// tell when the SLA clock was paused (waiting on the customer, on hold).
/// </summary>
public sealed class TicketStatusChange
{
    public int Id { get; set; }

    public int TicketId { get; set; }

    public Ticket? Ticket { get; set; }

    public TicketStatus FromStatus { get; set; }

    public TicketStatus ToStatus { get; set; }

    public long AtUtcTicks { get; set; }

    /// <summary>Null when the system changed the status (e.g. a customer reply reopened the ticket).</summary>
    public int? ByAgentId { get; set; }

    public Agent? ByAgent { get; set; }
}
