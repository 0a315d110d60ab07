using Microsoft.Extensions.DependencyInjection.Extensions;

using HelpdeskDashboard.Features.Tickets;
namespace HelpdeskDashboard.Features.Notifications;

public static class NotificationsServiceCollectionExtensions
{
    /// <summary>Registers the in-process <see cref="TicketChangeHub"/> (a singleton shared by every circuit).</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.TryAddSingleton<TicketChangeHub>();
        return services;
    }
}
