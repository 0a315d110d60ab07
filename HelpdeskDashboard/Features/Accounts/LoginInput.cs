using FluentValidation;

namespace HelpdeskDashboard.Features.Accounts;

/// <summary>The login form; a mutable class because the static form binds its fields by name.</summary>
public sealed class LoginInput
{
    public string Email { get; set; } = "";

    public string Password { get; set; } = "";

    public bool RememberMe { get; set; }
}

public sealed class LoginInputValidator : AbstractValidator<LoginInput>
{
    public LoginInputValidator()
    {
        RuleFor(input => input.Email).NotEmpty().WithMessage("Enter your e-mail address.");
        RuleFor(input => input.Password).NotEmpty().WithMessage("Enter your password.");
    }
}
