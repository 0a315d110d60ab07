using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HelpdeskDashboard.Hosting.Demo;

public static class DemoServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="DemoDataSeeder"/> and <see cref="VolumeDataGenerator"/> (the start-up steps <see cref="DemoDataStartup"/>
    /// and <see cref="DemoAccountsStartup"/> are listed by <c>AddHelpdesk</c>). They need the SLA <c>BusinessCalendar</c>,
    /// the <c>CompanyClock</c> and a <see cref="TimeProvider"/> (AddSla) and the "TierRecalculation" options
    /// (AddTierRecalculation), registered elsewhere.
    /// </summary>
    public static IServiceCollection AddDemoData(this IServiceCollection services)
    {
        services.TryAddTransient<DemoDataSeeder>();
        services.TryAddTransient<VolumeDataGenerator>();
        return services;
    }
}
