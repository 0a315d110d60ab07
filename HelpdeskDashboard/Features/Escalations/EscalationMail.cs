namespace HelpdeskDashboard.Features.Escalations;

/// <summary>
/// An escalation e-mail for one person, held until <see cref="SendAfterUtcTicks"/> (the start of their working hours)
/// and then sent alone or in a digest with the others due at the same time.
/// </summary>
public sealed class EscalationMail
{
    public long Id { get; set; }

    public long EscalationId { get; set; }

    public EscalationNotice? Escalation { get; set; }

    public int RecipientAgentId { get; set; }

    /// <summary>The <see cref="Notifications.Preferences.MailCategory"/> it belongs to (muting is checked again before sending).</summary>
    public int Category { get; set; }

    public long SendAfterUtcTicks { get; set; }

    public EscalationMailStatus Status { get; set; }

    /// <summary>The outbox message that carried it, once sent.</summary>
    public long? OutboxMessageId { get; set; }
}

public enum EscalationMailStatus
{
    Held = 1,
    Sent = 2,

    /// <summary>The clock stopped (or restarted) before the mail went out.</summary>
    Withdrawn = 3,
}
