using FluentValidation;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HelpdeskDashboard.Features.Portal.Profile;

public static class PortalProfileServiceCollectionExtensions
{
    /// <summary>The customer's profile (scoped: it acts for the signed-in user).</summary>
    public static IServiceCollection AddPortalProfile(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IValidator<ChangeTimeZone>, ChangeTimeZoneValidator>();
        services.TryAddScoped<CustomerProfileService>();
        return services;
    }
}
