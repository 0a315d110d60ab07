using HelpdeskDashboard.Features.Demo;
using HelpdeskDashboard.Features.Sla;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Tests.Features.Demo;

public sealed class DemoServiceCollectionExtensionsTests
{
    [Fact]
    public void Seeder_and_generator_resolve_once_the_calendar_and_clock_are_registered()
    {
        var services = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddSingleton(new BusinessCalendar(new BusinessCalendarOptions()))
            .AddDemoData();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        Assert.NotNull(provider.GetRequiredService<DemoDataSeeder>());
        Assert.NotNull(provider.GetRequiredService<VolumeDataGenerator>());
    }
}
