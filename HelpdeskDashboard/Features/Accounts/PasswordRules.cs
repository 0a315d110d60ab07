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
        "at least 8 characters long with a digit, an upper-case letter, a lower-case letter and a symbol";

    public static void Apply(PasswordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.RequiredLength = MinimumLength;
        options.RequireDigit = true;
        options.RequireUppercase = true;
        options.RequireLowercase = true;
        options.RequireNonAlphanumeric = true;
    }

    /// <summary>One message that says what is missing, so nobody has to fix a password one rule at a time.</summary>
    public static IRuleBuilderOptionsConditions<T, string> StrongPassword<T>(this IRuleBuilder<T, string> rule) =>
        rule.Custom((password, context) =>
        {
            if (string.IsNullOrEmpty(password))
            {
                context.AddFailure("is required");
                return;
            }

            var shortcomings = Shortcomings(password);
            if (shortcomings.Count > 0)
            {
                context.AddFailure($"must be {Summary}; this one {JoinWithAnd(shortcomings)}");
            }
        });

    // Same character classes as Identity's PasswordValidator, which counts ASCII letters and digits only.
    public static IReadOnlyList<string> Shortcomings(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var shortcomings = new List<string>();
        if (password.Length < MinimumLength)
        {
            shortcomings.Add($"has only {password.Length} characters");
        }

        if (!password.Any(char.IsAsciiDigit))
        {
            shortcomings.Add("has no digit");
        }

        if (!password.Any(char.IsAsciiLetterUpper))
        {
            shortcomings.Add("has no upper-case letter");
        }

        if (!password.Any(char.IsAsciiLetterLower))
        {
            shortcomings.Add("has no lower-case letter");
        }

        if (password.All(char.IsAsciiLetterOrDigit))
        {
            shortcomings.Add("has no symbol");
        }

        return shortcomings;
    }

    private static string JoinWithAnd(IReadOnlyList<string> parts) =>
        parts.Count == 1 ? parts[0] : $"{string.Join(", ", parts.Take(parts.Count - 1))} and {parts[^1]}";
}
