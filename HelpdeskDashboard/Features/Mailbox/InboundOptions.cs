using FluentValidation;
using HelpdeskDashboard.Features.Notifications.Email;

namespace HelpdeskDashboard.Features.Mailbox;

/// <summary>Where received mail comes from.</summary>
public enum InboundSource
{
    /// <summary>No mail is read.</summary>
    None,

    /// <summary>.eml files dropped into <see cref="InboundOptions.DropFolder"/> (Development default).</summary>
    DropFolder,

    /// <summary>The support mailbox over IMAP.</summary>
    Imap,
}

/// <summary>The "Email:Inbound" section.</summary>
public sealed class InboundOptions
{
    public const string SectionName = "Email:Inbound";

    public InboundSource Source { get; set; } = InboundSource.None;

    /// <summary>Relative paths are anchored at the content root; processed files move to "processed/" or "rejected/" beside it.</summary>
    public string DropFolder { get; set; } = "App_Data/mail-inbox";

    /// <summary>How often the source is read.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public ImapOptions Imap { get; set; } = new();

    /// <summary>More mails than this from one address within an hour wait for review instead of becoming tickets.</summary>
    public int MaxMailsPerSenderPerHour { get; set; } = 20;

    /// <summary>A received mail larger than this (as sent, all parts) is refused.</summary>
    public long MaxMessageBytes { get; set; } = 40 * 1024 * 1024;

    /// <summary>How many mails one poll takes at most, so a flooded mailbox cannot hold the job for ever.</summary>
    public int BatchSize { get; set; } = 200;
}

public sealed class ImapOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 993;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.SslOnConnect;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string Mailbox { get; set; } = "INBOX";

    /// <summary>Where processed mails are moved; empty: they stay, flagged as processed.</summary>
    public string? ProcessedFolder { get; set; }

    public int TimeoutSeconds { get; set; } = 60;
}

public sealed class InboundOptionsValidator : AbstractValidator<InboundOptions>
{
    public InboundOptionsValidator()
    {
        RuleFor(o => o.Source).IsInEnum().WithMessage($"must be one of {string.Join(", ", Enum.GetNames<InboundSource>())}");
        RuleFor(o => o.DropFolder).NotEmpty().When(o => o.Source == InboundSource.DropFolder).WithMessage("must name a folder when Source is DropFolder");
        RuleFor(o => o.PollInterval).InclusiveBetween(TimeSpan.FromSeconds(1), TimeSpan.FromHours(1)).WithMessage("must be between 00:00:01 and 01:00:00");
        RuleFor(o => o.MaxMailsPerSenderPerHour).InclusiveBetween(1, 100_000);
        RuleFor(o => o.MaxMessageBytes).InclusiveBetween(64 * 1024, 1L << 30).WithMessage("must be between 64 KiB and 1 GiB");
        RuleFor(o => o.BatchSize).InclusiveBetween(1, 10_000);
        When(o => o.Source == InboundSource.Imap, () =>
        {
            RuleFor(o => o.Imap.Host).NotEmpty().OverridePropertyName("Imap.Host").WithMessage("is required when Source is Imap");
            RuleFor(o => o.Imap.Port).InclusiveBetween(1, 65535).OverridePropertyName("Imap.Port");
            RuleFor(o => o.Imap.UserName).NotEmpty().OverridePropertyName("Imap.UserName").WithMessage("is required when Source is Imap");
            RuleFor(o => o.Imap.Password).NotEmpty().OverridePropertyName("Imap.Password").WithMessage("is required when Source is Imap");
            RuleFor(o => o.Imap.Mailbox).NotEmpty().OverridePropertyName("Imap.Mailbox");
            RuleFor(o => o.Imap.Security).IsInEnum().OverridePropertyName("Imap.Security")
                .WithMessage($"must be one of {string.Join(", ", Enum.GetNames<SmtpSecurity>())}");
            RuleFor(o => o.Imap.TimeoutSeconds).InclusiveBetween(1, 600).OverridePropertyName("Imap.TimeoutSeconds");
        });
    }
}
