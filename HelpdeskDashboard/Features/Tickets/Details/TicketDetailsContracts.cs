using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets.Attachments;
using HelpdeskDashboard.Features.Tiers;

namespace HelpdeskDashboard.Features.Tickets.Details;

public sealed record TicketMessageView(
    int Id,
    MessageAuthorKind AuthorKind,
    string AuthorName,
    string Body,
    DateTimeOffset Created,
    bool IsInternalNote,
    IReadOnlyList<AttachmentView> Attachments,
    bool ViaEmail = false);

public sealed record TicketDetails(
    int Id,
    int Version,
    string Subject,
    TicketKind Kind,
    TicketStatus Status,
    int CustomerId,
    string CustomerName,
    Tier Tier,
    int? AssigneeAgentId,
    string? AssigneeName,
    DateTimeOffset Created,
    bool AwaitingResponse,
    IReadOnlyList<TicketMessageView> Messages,
    SlaReading Sla,
    SlaTimeline Timeline);

/// <summary>A ticket with its conversation, time and SLA; customers never see internal notes or other customers' tickets.</summary>
public interface ITicketDetailsQuery
{
    Task<TicketDetails?> GetAsync(int ticketId, CancellationToken cancellationToken = default);
}
