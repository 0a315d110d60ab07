namespace HelpdeskDashboard.Features.Notifications.Email;

/// <summary>
/// An e-mail to queue. <paramref name="DeduplicationKey"/> (e.g. "usage-100:customer-12:2026-05") makes the
/// message once-only: a second message with the same key is refused.
/// </summary>
public sealed record NewOutboxMessage(string To, string Subject, string HtmlBody, string TextBody, string? DeduplicationKey = null)
{
    /// <summary>The ticket the mail belongs to: threaded under it and answered back to it.</summary>
    public int? TicketId { get; init; }

    /// <summary>A notification the system wrote (<c>Auto-Submitted: auto-generated</c>), not a person's reply.</summary>
    public bool IsAutomatic { get; init; }

    /// <summary>Where replies go; null: to the sender.</summary>
    public string? ReplyTo { get; init; }

    public IReadOnlyList<OutboxFile> Attachments { get; init; } = [];
}

/// <summary>A stored file (content store address) to send with a mail.</summary>
public sealed record OutboxFile(string FileName, string ContentType, string Sha256, long SizeBytes);
