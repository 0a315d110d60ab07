using FluentValidation;
using Microsoft.AspNetCore.Identity;

namespace HelpdeskDashboard.Features.Accounts;

/// <summary>
/// One definition of a strong password, applied to Identity and checked up front (configuration, command line)
/// so that a weak bootstrap password fails with a readable message instead of an Identity error code.
/// </summary>
public static class PasswordRules
{
    public const int MinimumLength = 8;

    public const string Summary =
        "at least 8 characters with a digit, an upper-case letter, a lower-case letter and a symbol";

    public static void Apply(PasswordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.RequiredLength = MinimumLength;
        options.RequireDigit = true;
        options.RequireUppercase = true;
        options.RequireLowercase = true;
        options.RequireNonAlphanumeric = true;
    }

    // Same character classes as Identity's PasswordValidator, which counts ASCII letters and digits only.
    public static IRuleBuilderOptions<T, string?> StrongPassword<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("is required")
            .MinimumLength(MinimumLength).WithMessage($"must be at least {MinimumLength} characters long")
            .Must(p => p is null || p.Any(char.IsAsciiDigit)).WithMessage("must contain a digit (0-9)")
            .Must(p => p is null || p.Any(char.IsAsciiLetterUpper)).WithMessage("must contain an upper-case letter (A-Z)")
            .Must(p => p is null || p.Any(char.IsAsciiLetterLower)).WithMessage("must contain a lower-case letter (a-z)")
            .Must(p => p is null || p.Any(c => !char.IsAsciiLetterOrDigit(c))).WithMessage("must contain a symbol such as # or !");
}
