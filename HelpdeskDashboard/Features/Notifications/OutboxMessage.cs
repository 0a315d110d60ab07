namespace HelpdeskDashboard.Features.Notifications;

/// <summary>
/// An e-mail written in the same transaction as the change that caused it and sent later by a job,
/// so a crash between saving and sending neither loses nor duplicates the mail.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    public required string To { get; set; }

    public required string Subject { get; set; }

    public required string HtmlBody { get; set; }

    public required string TextBody { get; set; }

    public long CreatedUtcTicks { get; set; }

    public OutboxStatus Status { get; set; }

    public int Attempts { get; set; }

    /// <summary>The sender skips the message until this instant (back-off after a failure).</summary>
    public long NextAttemptUtcTicks { get; set; }

    public string? LastError { get; set; }

    public long? SentUtcTicks { get; set; }

    /// <summary>e.g. "sla-at-risk:ticket-42"; a second message with the same key is refused.</summary>
    public string? DeduplicationKey { get; set; }

    /// <summary>The ticket the mail is about: threads it (References) and lets a reply or bounce find its way back.</summary>
    public int? TicketId { get; set; }

    /// <summary>Sent with <c>Auto-Submitted: auto-generated</c> (a notification, not a person's words), so auto-responders stay quiet.</summary>
    public bool IsAutomatic { get; set; }

    /// <summary>Where replies go (the support address); null: to the sender.</summary>
    public string? ReplyTo { get; set; }

    public List<OutboxAttachment> Attachments { get; set; } = [];
}
