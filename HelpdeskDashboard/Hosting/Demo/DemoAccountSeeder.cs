using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Tiers;

namespace HelpdeskDashboard.Hosting.Demo;

/// <summary>
/// Gives the demo people their sign-in accounts. Expects the demo data seeder to have created the agent and
/// customer user rows with these addresses and links to them; creates minimal rows itself when they are missing
/// (a test host, or a database seeded without demo data).
/// </summary>
internal sealed class DemoAccountSeeder(AccountProvisioner provisioner, TimeProvider timeProvider)
{
    private const string TimeZone = "Europe/Berlin";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await provisioner.EnsureAgentAccountAsync(
            new Agent { Email = DemoAccounts.AgentEmail, DisplayName = "Demo Agent", TimeZone = TimeZone },
            DemoAccounts.Password,
            cancellationToken);
        await provisioner.EnsureAgentAccountAsync(
            new Agent { Email = DemoAccounts.ManagerEmail, DisplayName = "Demo Manager", IsManager = true, TimeZone = TimeZone },
            DemoAccounts.Password,
            cancellationToken);
        await provisioner.EnsureCustomerAccountAsync(
            DemoAccounts.CustomerEmail, "Demo Customer", DemoAccounts.Password, () => NewCustomer("Demo Gold Customer GmbH", Tier.Gold), cancellationToken);
        await provisioner.EnsureCustomerAccountAsync(
            DemoAccounts.BasicCustomerEmail, "Demo Basic Customer", DemoAccounts.Password, () => NewCustomer("Demo Basic Customer GmbH", Tier.Basic), cancellationToken);
    }

    private Customer NewCustomer(string name, Tier tier) => new()
    {
        CompanyName = name,
        ContactEmail = $"contact-{tier.ToString().ToLowerInvariant()}@demo.local",
        Country = "DE",
        DisplayTimeZone = TimeZone,
        CurrentTier = tier,
        TierSinceUtcTicks = timeProvider.GetUtcNow().UtcTicks,
    };
}
