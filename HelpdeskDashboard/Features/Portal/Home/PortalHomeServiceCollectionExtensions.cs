using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HelpdeskDashboard.Features.Portal.Home;

public static class PortalHomeServiceCollectionExtensions
{
    /// <summary>The portal home's query (scoped: it reads for the signed-in customer). Needs the billing and portal ticket registrations.</summary>
    public static IServiceCollection AddPortalHome(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddScoped<IPortalHomeQuery, PortalHomeQuery>();
        return services;
    }
}
