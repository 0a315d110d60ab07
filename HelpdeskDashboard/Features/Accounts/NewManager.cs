using FluentValidation;

using HelpdeskDashboard.Platform.Validation;

namespace HelpdeskDashboard.Features.Accounts;

/// <summary>The first manager, from configuration or the --create-manager switch.</summary>
public sealed record NewManager(string Email, string Password, string DisplayName);

public sealed class NewManagerValidator : AbstractValidator<NewManager>
{
    public NewManagerValidator()
    {
        RuleFor(m => m.Email).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("is required")
            .Must(ContactRules.IsPlainEmailAddress).WithMessage("'{PropertyValue}' is not a valid e-mail address (expected name@example.com)");
        RuleFor(m => m.Password).StrongPassword();
        RuleFor(m => m.DisplayName)
            .NotEmpty().WithMessage("is required")
            .MaximumLength(ContactLimits.DisplayNameMaxLength).WithMessage($"must be at most {ContactLimits.DisplayNameMaxLength} characters");
    }
}
