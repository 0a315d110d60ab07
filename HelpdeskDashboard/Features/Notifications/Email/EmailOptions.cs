namespace HelpdeskDashboard.Features.Notifications.Email;

/// <summary>
/// The "Email" section. Without <see cref="SmtpOptions.Host"/> mail is written as .eml files to
/// <see cref="PickupFolder"/>, so the embedded default needs no mail server.
/// </summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    public string From { get; set; } = "helpdesk@helpdesk.local";

    public string FromName { get; set; } = "Helpdesk";

    /// <summary>
    /// The address customers write to and ticket mails name as Reply-To; mail in is read from its mailbox
    /// ("Email:Inbound"). Empty: <see cref="From"/>.
    /// </summary>
    public string? SupportAddress { get; set; }

    /// <summary>Where the helpdesk is reached in a browser; the links in mails start here.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    public ConversationOptions Conversations { get; set; } = new();

    public string ReplyAddress => string.IsNullOrWhiteSpace(SupportAddress) ? From : SupportAddress;

    /// <summary>Relative paths are anchored at the app's content root, like the database file.</summary>
    public string PickupFolder { get; set; } = "App_Data/mail-pickup";

    public SmtpOptions Smtp { get; set; } = new();

    public DeliveryOptions Delivery { get; set; } = new();

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);
}

public sealed class SmtpOptions
{
    /// <summary>Empty: no SMTP, write to the pickup folder instead.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public int TimeoutSeconds { get; set; } = 60;
}

/// <summary>How the SMTP connection is secured (MailKit's SecureSocketOptions, by a name that reads well in JSON).</summary>
public enum SmtpSecurity
{
    None,
    StartTls,
    SslOnConnect,
    Auto,
}

public sealed class DeliveryOptions
{
    /// <summary>After this many failed attempts a message is marked Failed and waits for a manager's retry.</summary>
    public int MaxAttempts { get; set; } = 6;

    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    public int BatchSize { get; set; } = 50;

    /// <summary>How often the outbox is looked at for due mail.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a claimed message belongs to one dispatcher. Must outlast a send (the SMTP timeout), or a slow send
    /// could be claimed and sent again by another dispatcher.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>"Email:Conversations": which ticket mails are written.</summary>
public sealed class ConversationOptions
{
    /// <summary>Every active agent hears of a new ticket nobody has taken yet.</summary>
    public bool NotifyAgentsOfNewUnassignedTickets { get; set; } = true;

    /// <summary>How many earlier public messages a reply mail quotes below the reply.</summary>
    public int HistoryMessages { get; set; } = 3;
}
