using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Platform.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace HelpdeskDashboard.Tests.Hosting.Demo;

public sealed class DemoServiceCollectionExtensionsTests
{
    [Fact]
    public void Seeder_and_generator_resolve_once_the_calendar_clock_and_database_are_registered()
    {
        // What the host provides and the start-up seeding reads: configuration, environment and the database factory.
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Helpdesk"] = "Data Source=:memory:" })
            .Build();
        var environment = new HostingEnvironment
        {
            EnvironmentName = Environments.Development,
            ContentRootPath = AppContext.BaseDirectory,
            ContentRootFileProvider = new NullFileProvider(),
        };
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IHostEnvironment>(environment)
            .AddSingleton(TimeProvider.System)
            .AddSingleton(new BusinessCalendar(new BusinessCalendarOptions()))
            .AddSingleton(new CompanyClock(new BusinessCalendar(new BusinessCalendarOptions()).TimeZone, TimeProvider.System))
            .AddSingleton(Microsoft.Extensions.Options.Options.Create(DemoSeed.ConfiguredTierOptions))
            .AddHelpdeskDatabase()
            .AddDemoData();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        Assert.NotNull(provider.GetRequiredService<DemoDataSeeder>());
        Assert.NotNull(provider.GetRequiredService<VolumeDataGenerator>());
    }
}
