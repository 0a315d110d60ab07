using FluentValidation;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HelpdeskDashboard.Features.Notifications.Outbox;

public static class OutboxServiceCollectionExtensions
{
    /// <summary>The managers' outbox page service and its validators.</summary>
    public static IServiceCollection AddOutboxAdmin(this IServiceCollection services)
    {
        services.TryAddSingleton<IValidator<OutboxListQuery>, OutboxListQueryValidator>();
        services.TryAddSingleton<IValidator<RetryOutboxMessage>, RetryOutboxMessageValidator>();
        services.TryAddScoped<OutboxAdmin>();
        return services;
    }
}
