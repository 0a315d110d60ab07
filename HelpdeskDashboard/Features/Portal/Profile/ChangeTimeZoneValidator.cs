using FluentValidation;

using HelpdeskDashboard.Platform.Validation;

namespace HelpdeskDashboard.Features.Portal.Profile;

/// <summary>The same rule as an agent's or a customer user's zone anywhere else: a known IANA id.</summary>
public sealed class ChangeTimeZoneValidator : AbstractValidator<ChangeTimeZone>
{
    public ChangeTimeZoneValidator()
    {
        RuleFor(c => c.TimeZone)
            .MaximumLength(ContactLimits.TimeZoneMaxLength)
            .WithMessage($"A time zone id can be at most {ContactLimits.TimeZoneMaxLength} characters.")
            .DependentRules(() => RuleFor(c => c.TimeZone).IanaTimeZone());
    }
}
