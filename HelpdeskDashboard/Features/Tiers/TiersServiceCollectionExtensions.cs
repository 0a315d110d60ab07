using HelpdeskDashboard.Platform.Configuration;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Features.Tiers;

public static class TiersServiceCollectionExtensions
{
    /// <summary>Binds and validates the "Tiers" section and registers the <see cref="TierCatalog"/>.</summary>
    public static IServiceCollection AddTiers(this IServiceCollection services)
    {
        services.AddValidatedOptions<TiersOptions, TiersOptionsValidator>(
            TiersOptions.SectionName,
            (options, section) => section.Bind(options.Tiers));

        services.AddSingleton(sp => TierCatalog.FromOptions(sp.GetRequiredService<IOptions<TiersOptions>>().Value));
        return services;
    }
}
