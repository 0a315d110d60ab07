using HelpdeskDashboard.Platform.Configuration;

namespace HelpdeskDashboard.Features.TierRecalculation;

public static class TierRecalculationServiceCollectionExtensions
{
    /// <summary>Registers the validated "TierRecalculation" section, the recalculator, the runner and the schedule status
    /// (needs AddSla, AddTiers and AddScheduling; the job itself is added with <c>quartz.AddTierRecalculation()</c>).</summary>
    public static IServiceCollection AddTierRecalculation(this IServiceCollection services)
    {
        services.AddValidatedOptions<TierRecalculationOptions, TierRecalculationOptionsValidator>(TierRecalculationOptions.SectionName);
        services.AddSingleton<TierRecalculator>();
        services.AddSingleton<TierRecalculationRunner>();
        services.AddSingleton<TierScheduleStatus>();
        return services;
    }
}
