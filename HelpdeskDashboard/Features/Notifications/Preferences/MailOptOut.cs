namespace HelpdeskDashboard.Features.Notifications.Preferences;

/// <summary>One category of mail a person switched off. No row: the mail is sent.</summary>
public sealed class MailOptOut
{
    public int Id { get; set; }

    public MailRecipientKind RecipientKind { get; set; }

    /// <summary>CustomerUser id or Agent id, as <see cref="RecipientKind"/> says.</summary>
    public int RecipientId { get; set; }

    public MailCategory Category { get; set; }
}
