namespace HelpdeskDashboard.Features.Notifications;

/// <summary>A file sent with an outbox message, read from the content store when the mail is built.</summary>
public sealed class OutboxAttachment
{
    public long Id { get; set; }

    public long OutboxMessageId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public required string Sha256 { get; set; }

    public long SizeBytes { get; set; }
}
