using HelpdeskDashboard.Features.Escalations.WorkingHours;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HelpdeskDashboard.Features.Escalations;

public static class EscalationsServiceCollectionExtensions
{
    /// <summary>Escalations of at-risk and breached response clocks, and the working hours their e-mails respect.</summary>
    public static IServiceCollection AddEscalations(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<PersonalHours>();
        services.TryAddSingleton<EscalationMailStep>();
        services.TryAddSingleton<EscalationScheduler>();
        services.TryAddScoped<WorkingHoursService>();
        return services;
    }
}
