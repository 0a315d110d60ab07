using HelpdeskDashboard.Features.Escalations.WorkingHours;
using HelpdeskDashboard.Platform.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HelpdeskDashboard.Features.Escalations;

public static class EscalationsServiceCollectionExtensions
{
    /// <summary>
    /// Escalations of at-risk and breached response clocks (the validated "Escalations" section and the scheduler),
    /// and the working hours their e-mails respect. The scheduler runs as a hosted service registered by
    /// <see cref="AddEscalationScheduler"/>, after the start-up steps.
    /// </summary>
    public static IServiceCollection AddEscalations(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddValidatedOptions<EscalationOptions, EscalationOptionsValidator>(EscalationOptions.SectionName);
        services.TryAddSingleton<PersonalHours>();
        services.TryAddSingleton<EscalationMailStep>();
        services.TryAddSingleton<EscalationScheduler>();
        services.TryAddScoped<WorkingHoursService>();
        return services;
    }

    /// <summary>
    /// Runs the <see cref="EscalationScheduler"/> as a hosted service ("Escalations:Enabled"). Hosted services start in
    /// order, so registered after the start-up sequence it first reads a migrated database.
    /// </summary>
    public static IServiceCollection AddEscalationScheduler(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddHostedService(sp => sp.GetRequiredService<EscalationScheduler>());
        return services;
    }
}
