namespace HelpdeskDashboard.Features.Tickets.Attachments;

/// <summary>
/// A file on one ticket message. The bytes live in the content store under <see cref="Sha256"/>; this row says whose
/// they are, so a download follows the message's own access rule (customers: public messages of their company).
/// </summary>
public sealed class TicketAttachment
{
    public int Id { get; set; }

    public int TicketMessageId { get; set; }

    public TicketMessage? Message { get; set; }

    /// <summary>Cleaned (<see cref="AttachmentFileName"/>): no folders, no control characters.</summary>
    public required string FileName { get; set; }

    /// <summary>What the first bytes prove (ContentSniffer), never what the uploader declared.</summary>
    public required string ContentType { get; set; }

    public long SizeBytes { get; set; }

    public required string Sha256 { get; set; }

    public long CreatedUtcTicks { get; set; }
}
