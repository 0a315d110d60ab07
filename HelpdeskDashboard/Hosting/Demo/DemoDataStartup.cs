using HelpdeskDashboard.Data;
using HelpdeskDashboard.Platform.Startup;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Hosting.Demo;

/// <summary>
/// Seeds the demo data set on start-up when "Demo:Seed" is true, outside Production: after the migration and before
/// the demo sign-ins (<see cref="DemoAccountsStartup"/>), so the accounts link to the seeded agents and people.
/// </summary>
internal sealed class DemoDataStartup(
    IDbContextFactory<HelpdeskDbContext> contextFactory,
    DemoDataSeeder seeder,
    IConfiguration configuration,
    IHostEnvironment environment) : IStartupStep
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!DemoAccounts.SeedingEnabled(configuration, environment))
        {
            return;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await seeder.SeedAsync(db, cancellationToken);
    }
}
