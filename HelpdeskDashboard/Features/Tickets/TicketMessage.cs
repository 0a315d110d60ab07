using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Tickets.Attachments;

namespace HelpdeskDashboard.Features.Tickets;

/// <summary>One entry in a ticket's conversation; internal notes are never shown to the customer.</summary>
public sealed class TicketMessage
{
    public int Id { get; set; }

    public int TicketId { get; set; }

    public Ticket? Ticket { get; set; }

    public MessageAuthorKind AuthorKind { get; set; }

    /// <summary>Set when <see cref="AuthorKind"/> is Customer.</summary>
    public int? AuthorCustomerUserId { get; set; }

    public CustomerUser? AuthorCustomerUser { get; set; }

    /// <summary>Set when <see cref="AuthorKind"/> is Agent.</summary>
    public int? AuthorAgentId { get; set; }

    public Agent? AuthorAgent { get; set; }

    public required string Body { get; set; }

    public long CreatedUtcTicks { get; set; }

    public bool IsInternalNote { get; set; }

    /// <summary>The customer wrote it by e-mail (received mail), not in the portal.</summary>
    public bool ViaEmail { get; set; }

    public List<TicketAttachment> Attachments { get; set; } = [];
}
