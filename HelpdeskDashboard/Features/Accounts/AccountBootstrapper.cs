using Microsoft.Extensions.Options;

using HelpdeskDashboard.Hosting.Demo;
namespace HelpdeskDashboard.Features.Accounts;

/// <summary>
/// Prepares accounts at start-up: the roles, the demo sign-ins (when "Demo:Seed" is on, never in Production) and the
/// first manager from the "Bootstrap" section when there is no manager yet. Registered after the database migrator and
/// the demo data seeding (hosted services start in order), so it links accounts to the seeded agents and people.
/// </summary>
internal sealed class AccountBootstrapper(
    IServiceScopeFactory scopeFactory,
    IOptions<BootstrapOptions> bootstrapOptions,
    IConfiguration configuration,
    IHostEnvironment environment,
    ILogger<AccountBootstrapper> logger) : IHostedLifecycleService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var provisioner = scope.ServiceProvider.GetRequiredService<AccountProvisioner>();
        await provisioner.EnsureRolesAsync();

        if (DemoAccounts.SeedingEnabled(configuration, environment))
        {
            await scope.ServiceProvider.GetRequiredService<DemoAccountSeeder>().SeedAsync(cancellationToken);
        }
        else if (configuration.GetValue<bool>(DemoAccounts.SeedSetting))
        {
            logger.LogWarning("{Setting} is ignored in Production: demo accounts have a published password.", DemoAccounts.SeedSetting);
        }

        // After the demo accounts: a database that has the demo manager needs no bootstrapped one.
        await CreateFirstManagerAsync(provisioner, cancellationToken);
    }

    private async Task CreateFirstManagerAsync(AccountProvisioner provisioner, CancellationToken cancellationToken)
    {
        var options = bootstrapOptions.Value;
        if (!options.IsConfigured || await provisioner.AnyManagerAsync())
        {
            return;
        }

        var manager = options.ToNewManager();
        try
        {
            await provisioner.CreateManagerAsync(manager, ManagerTimeZone.From(configuration), cancellationToken);
        }
        catch (AccountProvisioningException error)
        {
            throw new InvalidOperationException($"{BootstrapOptions.SectionName}:{nameof(BootstrapOptions.ManagerEmail)}: {error.Message}", error);
        }

        logger.LogInformation("Created the first manager, {Email}, from the {Section} settings.", manager.Email, BootstrapOptions.SectionName);
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
