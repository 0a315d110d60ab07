using FluentValidation;

namespace HelpdeskDashboard.Features.Accounts;

/// <summary>Either no bootstrap settings at all, or all three and valid; start-up names the faulty setting.</summary>
public sealed class BootstrapOptionsValidator : AbstractValidator<BootstrapOptions>
{
    private static readonly NewManagerValidator ManagerValidator = new();

    public BootstrapOptionsValidator()
    {
        RuleFor(options => options).Custom((options, context) =>
        {
            if (!options.IsConfigured)
            {
                return;
            }

            foreach (var failure in ManagerValidator.Validate(options.ToNewManager()).Errors)
            {
                context.AddFailure(SettingName(failure.PropertyName), failure.ErrorMessage);
            }
        });
    }

    private static string SettingName(string property) => property switch
    {
        nameof(NewManager.Email) => nameof(BootstrapOptions.ManagerEmail),
        nameof(NewManager.Password) => nameof(BootstrapOptions.ManagerPassword),
        _ => nameof(BootstrapOptions.ManagerName),
    };
}
