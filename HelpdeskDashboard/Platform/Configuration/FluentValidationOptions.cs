using FluentValidation;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Platform.Configuration;

/// <summary>
/// Runs a FluentValidation validator over an options object so that bad configuration fails start-up
/// with messages that name the setting ("Tiers:Gold:MonthlyPrice: ...").
/// </summary>
public sealed class FluentValidationOptions<TOptions>(string sectionName, IValidator<TOptions> validator)
    : IValidateOptions<TOptions> where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var result = validator.Validate(options);
        if (result.IsValid)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = result.Errors.Select(e => $"{SettingPath(e.PropertyName)}: {e.ErrorMessage}");
        return ValidateOptionsResult.Fail(failures);
    }

    // FluentValidation names nested members "Hours[Monday][0]" or "Gold.MonthlyPrice"; configuration uses "Hours:Monday:0".
    // A name that already is a configuration path ("ConnectionStrings:Helpdesk") names a setting outside the section.
    private string SettingPath(string propertyName)
    {
        if (propertyName.Contains(':', StringComparison.Ordinal))
        {
            return propertyName;
        }

        var path = propertyName.Replace("].", ":").Replace("][", ":").Replace('[', ':').Replace(']', ':').Replace('.', ':').TrimEnd(':');
        return string.IsNullOrEmpty(path) ? sectionName : $"{sectionName}:{path}";
    }
}

public static class FluentValidationOptionsExtensions
{
    /// <summary>Binds <paramref name="sectionName"/>, validates it with <typeparamref name="TValidator"/> and fails start-up when invalid.</summary>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions, TValidator>(
        this IServiceCollection services, string sectionName, Action<TOptions, IConfiguration>? bind = null)
        where TOptions : class
        where TValidator : class, IValidator<TOptions>
    {
        services.AddSingleton<IValidator<TOptions>, TValidator>();
        services.AddSingleton<IValidateOptions<TOptions>>(sp =>
            new FluentValidationOptions<TOptions>(sectionName, sp.GetRequiredService<IValidator<TOptions>>()));

        var builder = services.AddOptions<TOptions>();
        builder.Configure<IConfiguration>((options, configuration) =>
        {
            if (bind is null)
            {
                configuration.GetSection(sectionName).Bind(options);
            }
            else
            {
                bind(options, configuration.GetSection(sectionName));
            }
        });
        return builder.ValidateOnStart();
    }
}
