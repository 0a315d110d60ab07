using HelpdeskDashboard.Features.Tiers;

using HelpdeskDashboard.Platform.Configuration;
namespace HelpdeskDashboard.Features.TierRecalculation;

public static class TierRecalculationServiceCollectionExtensions
{
    /// <summary>Registers the validated "TierRecalculation" section, the recalculator and the runner (needs AddSla and AddTiers).</summary>
    public static IServiceCollection AddTierRecalculation(this IServiceCollection services)
    {
        services.AddValidatedOptions<TierRecalculationOptions, TierRecalculationOptionsValidator>(TierRecalculationOptions.SectionName);
        services.AddSingleton<TierRecalculator>();
        services.AddSingleton<TierRecalculationRunner>();
        return services;
    }
}
