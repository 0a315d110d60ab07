using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HelpdeskDashboard.Platform.Changes;

public static class ChangeServiceCollectionExtensions
{
    /// <summary>
    /// Registers a hub (a singleton) so its changes reach every app instance on PostgreSQL: the
    /// <see cref="ChangeRelay"/> it publishes through and the one <see cref="PostgreSqlChangeListener"/> per app.
    /// </summary>
    public static IServiceCollection AddChangeHub<THub>(this IServiceCollection services)
        where THub : class, IRelayedChangeHub
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<ChangeRelay>();
        services.TryAddSingleton<THub>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRelayedChangeHub, THub>(sp => sp.GetRequiredService<THub>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, PostgreSqlChangeListener>());
        return services;
    }
}
