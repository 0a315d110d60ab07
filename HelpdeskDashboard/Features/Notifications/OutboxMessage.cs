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
}
