using FluentValidation;

namespace HelpdeskDashboard.Features.Tickets.Attachments;

/// <summary>The "Attachments" section: sizes and refused types for every way a file arrives (portal, ticket page, mail).</summary>
public sealed class AttachmentOptions
{
    public const string SectionName = "Attachments";

    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    public long MaxMessageBytes { get; set; } = 25 * 1024 * 1024;

    public int MaxFilesPerMessage { get; set; } = 10;

    /// <summary>Extensions (without the dot, any case) refused everywhere: programs and scripts a click would run.</summary>
    public List<string> RefusedExtensions { get; set; } =
    [
        "exe", "com", "bat", "cmd", "scr", "pif", "msi", "msp", "cpl", "dll", "jar", "js", "jse", "vbs", "vbe", "wsf", "wsh",
        "ps1", "psm1", "hta", "lnk", "reg", "sh", "app", "apk", "iso", "svg", "html", "htm",
    ];

    /// <summary>An agent reply mail carries its files up to this total; above it the mail links to them instead.</summary>
    public long MailAttachUpToBytes { get; set; } = 10 * 1024 * 1024;

    public bool IsRefused(string cleanName) =>
        RefusedExtensions.Contains(AttachmentFileName.Extension(cleanName), StringComparer.OrdinalIgnoreCase);
}

public sealed class AttachmentOptionsValidator : AbstractValidator<AttachmentOptions>
{
    public AttachmentOptionsValidator()
    {
        RuleFor(o => o.MaxFileBytes).InclusiveBetween(1, 1L << 30).WithMessage("must be between 1 byte and 1 GiB");
        RuleFor(o => o.MaxMessageBytes).GreaterThanOrEqualTo(o => o.MaxFileBytes).WithMessage("must be at least Attachments:MaxFileBytes")
            .LessThanOrEqualTo(2L << 30).WithMessage("must be at most 2 GiB");
        RuleFor(o => o.MaxFilesPerMessage).InclusiveBetween(1, 100);
        RuleForEach(o => o.RefusedExtensions).NotEmpty().Must(e => e is null || (!e.Contains('.', StringComparison.Ordinal) && e.Length <= 20))
            .WithMessage("'{PropertyValue}' must be an extension without its dot");
        RuleFor(o => o.MailAttachUpToBytes).InclusiveBetween(0, 50L * 1024 * 1024).WithMessage("must be between 0 and 50 MiB");
    }
}
