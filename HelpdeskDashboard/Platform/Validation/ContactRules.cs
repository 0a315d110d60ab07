using System.Net.Mail;
using FluentValidation;

namespace HelpdeskDashboard.Platform.Validation;

/// <summary>
/// Rules for contact data that several features share (e-mail addresses, IANA time zone ids). Each stops at its first
/// failure so a form shows one message per field.
/// </summary>
public static class ContactRules
{
    /// <summary>A plain address such as "anna@example.com": no display name, a dotted domain, at most 254 characters.</summary>
    public static IRuleBuilderOptions<T, string> ValidEmail<T>(this IRuleBuilderInitial<T, string> rule) =>
        rule.Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Enter an e-mail address.")
            .MaximumLength(ContactLimits.EmailMaxLength)
            .WithMessage($"An e-mail address can be at most {ContactLimits.EmailMaxLength} characters.")
            .Must(IsPlainEmailAddress).WithMessage("'{PropertyValue}' is not a valid e-mail address (expected name@example.com).");

    /// <summary>An IANA time zone id this machine knows ("Europe/Berlin"); Windows ids are refused.</summary>
    public static IRuleBuilderOptions<T, string> IanaTimeZone<T>(this IRuleBuilderInitial<T, string> rule) =>
        rule.Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Choose a time zone.")
            .Must(IsKnownIanaTimeZone).WithMessage("'{PropertyValue}' is not a known IANA time zone id such as Europe/Berlin.");

    public static bool IsPlainEmailAddress(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Any(char.IsWhiteSpace))
        {
            return false;
        }

        return MailAddress.TryCreate(value, out var address)
            && address.Address == value
            && address.DisplayName.Length == 0
            && address.Host.Contains('.', StringComparison.Ordinal)
            && !address.Host.StartsWith('.')
            && !address.Host.EndsWith('.');
    }

    public static bool IsKnownIanaTimeZone(string? value) =>
        !string.IsNullOrWhiteSpace(value)
        && TimeZoneInfo.TryFindSystemTimeZoneById(value, out var zone)
        && zone.HasIanaId;
}
