using FluentValidation;
using MimeKit;

namespace HelpdeskDashboard.Features.Notifications.Email;

/// <summary>Checks the "Email" section; failures read "Email:Smtp:Port: ..." at start-up.</summary>
public sealed class EmailOptionsValidator : AbstractValidator<EmailOptions>
{
    public EmailOptionsValidator()
    {
        RuleFor(o => o.From).NotEmpty().Must(BeAnAddress).WithMessage("'{PropertyValue}' is not an email address");
        RuleFor(o => o.FromName).MaximumLength(100);
        RuleFor(o => o.SupportAddress).Must(BeAnAddress).When(o => !string.IsNullOrWhiteSpace(o.SupportAddress))
            .WithMessage("'{PropertyValue}' is not an email address");
        RuleFor(o => o.PublicBaseUrl).Must(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            .WithMessage("'{PropertyValue}' must be the absolute http(s) address the helpdesk is reached at, e.g. https://helpdesk.example.com");
        RuleFor(o => o.Conversations.HistoryMessages).InclusiveBetween(0, 20).OverridePropertyName("Conversations.HistoryMessages");
        RuleFor(o => o.PickupFolder).NotEmpty().When(o => !o.UsesSmtp).WithMessage("must name a folder when Email:Smtp:Host is empty");

        RuleFor(o => o.Smtp.Port).InclusiveBetween(1, 65535).When(o => o.UsesSmtp).OverridePropertyName("Smtp.Port");
        RuleFor(o => o.Smtp.Security).IsInEnum().OverridePropertyName("Smtp.Security")
            .WithMessage($"must be one of {string.Join(", ", Enum.GetNames<SmtpSecurity>())}");
        RuleFor(o => o.Smtp.Password).NotEmpty().When(o => o.UsesSmtp && !string.IsNullOrEmpty(o.Smtp.UserName))
            .OverridePropertyName("Smtp.Password").WithMessage("is required when Email:Smtp:UserName is set");
        RuleFor(o => o.Smtp.TimeoutSeconds).InclusiveBetween(1, 600).OverridePropertyName("Smtp.TimeoutSeconds");

        RuleFor(o => o.Delivery.MaxAttempts).InclusiveBetween(1, 50).OverridePropertyName("Delivery.MaxAttempts");
        RuleFor(o => o.Delivery.FirstRetryDelay).GreaterThan(TimeSpan.Zero).OverridePropertyName("Delivery.FirstRetryDelay")
            .WithMessage("must be longer than zero");
        RuleFor(o => o.Delivery.MaxRetryDelay).GreaterThanOrEqualTo(o => o.Delivery.FirstRetryDelay)
            .OverridePropertyName("Delivery.MaxRetryDelay").WithMessage("must not be shorter than Email:Delivery:FirstRetryDelay");
        RuleFor(o => o.Delivery.BatchSize).InclusiveBetween(1, 1000).OverridePropertyName("Delivery.BatchSize");
        RuleFor(o => o.Delivery.PollInterval).InclusiveBetween(TimeSpan.FromSeconds(1), TimeSpan.FromHours(1)).OverridePropertyName("Delivery.PollInterval")
            .WithMessage("must be between 00:00:01 and 01:00:00");
        RuleFor(o => o.Delivery.Lease).Must((o, lease) => lease > TimeSpan.FromSeconds(o.Smtp.TimeoutSeconds))
            .OverridePropertyName("Delivery.Lease")
            .WithMessage("must be longer than Email:Smtp:TimeoutSeconds, or a slow send could be claimed and sent twice");
    }

    private static bool BeAnAddress(string? value) =>
        MailboxAddress.TryParse(value, out var address) && address.Address.Contains('@', StringComparison.Ordinal);
}
