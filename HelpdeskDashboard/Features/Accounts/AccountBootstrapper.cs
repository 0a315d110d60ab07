using HelpdeskDashboard.Platform.Startup;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Features.Accounts;

/// <summary>
/// Prepares accounts at start-up: the roles, the first manager from the "Bootstrap" section when there is no manager
/// yet, and every agent's manager flag from the Manager role (<see cref="ManagerFlagSync"/>). Runs after the demo
/// sign-ins, so a database that has the demo manager needs no bootstrapped one.
/// </summary>
internal sealed class AccountBootstrapper(
    IServiceScopeFactory scopeFactory,
    IOptions<BootstrapOptions> bootstrapOptions,
    IConfiguration configuration,
    ILogger<AccountBootstrapper> logger) : IStartupStep
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var provisioner = scope.ServiceProvider.GetRequiredService<AccountProvisioner>();
        await provisioner.EnsureRolesAsync();

        await CreateFirstManagerAsync(provisioner, cancellationToken);
        await scope.ServiceProvider.GetRequiredService<ManagerFlagSync>().SyncAsync(cancellationToken);
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
}
