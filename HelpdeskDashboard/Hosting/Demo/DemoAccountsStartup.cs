using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Platform.Startup;

namespace HelpdeskDashboard.Hosting.Demo;

/// <summary>
/// Gives the demo people their sign-ins when "Demo:Seed" is true, outside Production (the password is published):
/// after the demo data, so the accounts link to the seeded agents and people, and before the account bootstrap.
/// </summary>
internal sealed class DemoAccountsStartup(
    IServiceScopeFactory scopeFactory, IConfiguration configuration, IHostEnvironment environment, ILogger<DemoAccountsStartup> logger) : IStartupStep
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!DemoAccounts.SeedingEnabled(configuration, environment))
        {
            if (configuration.GetValue<bool>(DemoAccounts.SeedSetting))
            {
                logger.LogWarning("{Setting} is ignored in Production: demo accounts have a published password.", DemoAccounts.SeedSetting);
            }

            return;
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccountProvisioner>().EnsureRolesAsync();
        await ActivatorUtilities.CreateInstance<DemoAccountSeeder>(scope.ServiceProvider).SeedAsync(cancellationToken);
    }
}
