using Microsoft.Extensions.DependencyInjection.Extensions;

using HelpdeskDashboard.Features;
namespace HelpdeskDashboard.Hosting.Demo;

public static class DemoServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="DemoDataSeeder"/>, <see cref="VolumeDataGenerator"/> and the start-up seeding. They need the SLA
    /// <c>BusinessCalendar</c>, the <c>CompanyClock</c> and a <see cref="TimeProvider"/> (AddSla) and the
    /// "TierRecalculation" options (AddTierRecalculation), registered elsewhere.
    /// </summary>
    public static IServiceCollection AddDemoData(this IServiceCollection services)
    {
        services.TryAddTransient<DemoDataSeeder>();
        services.TryAddTransient<VolumeDataGenerator>();
        services.AddHostedService<DemoDataStartup>();
        return services;
    }
}
