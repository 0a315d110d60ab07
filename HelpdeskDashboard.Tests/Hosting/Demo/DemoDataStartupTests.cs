using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Tests.Features.Accounts;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Tests.Hosting.Demo;

/// <summary>The real start-up order (migrate, seed demo data, bootstrap accounts), which other test hosts skip.</summary>
public sealed class DemoDataStartupTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Development_start_up_seeds_the_demo_data_and_links_the_demo_sign_ins_to_the_seeded_people()
    {
        await using var app = new HelpdeskAppFactory { SeedDemoData = true };

        using var customer = await app.CreateSignedInClientAsync(DemoAccounts.CustomerEmail);
        var portal = await customer.GetStringAsync(new Uri("/portal", UriKind.Relative), Cancel);
        Assert.Equal("Casey Customer", HtmlText.ByTestId(portal, "signed-in-as"));
        Assert.Equal("Nordlicht Sensorik AG", HtmlText.ByTestId(portal, "company"));

        using var agent = await app.CreateSignedInClientAsync(DemoAccounts.AgentEmail);
        var home = await agent.GetStringAsync(new Uri("/", UriKind.Relative), Cancel);
        Assert.Equal("Alex Agent", HtmlText.ByTestId(home, "user-name"));

        await using var db = await app.OpenDbAsync();
        // Exactly the seeded set: the bootstrapper linked to it instead of adding its own minimal customers and agents.
        Assert.Equal(40, await db.Customers.CountAsync(Cancel));
        Assert.Equal(10, await db.Agents.CountAsync(Cancel));
        Assert.Equal(300, await db.Tickets.CountAsync(Cancel));

        var goldUser = await db.CustomerUsers.Include(u => u.Customer).SingleAsync(u => u.Email == DemoAccounts.CustomerEmail, Cancel);
        Assert.Equal(Tier.Gold, goldUser.Customer!.CurrentTier);
        Assert.Equal(await AccountIdOfAsync(db, DemoAccounts.CustomerEmail), goldUser.IdentityUserId);

        var seededAgent = await db.Agents.SingleAsync(a => a.Email == DemoAccounts.AgentEmail, Cancel);
        Assert.Equal("Alex Agent", seededAgent.DisplayName);
        Assert.Equal(await AccountIdOfAsync(db, DemoAccounts.AgentEmail), seededAgent.IdentityUserId);
    }

    private static Task<string> AccountIdOfAsync(HelpdeskDashboard.Data.HelpdeskDbContext db, string email) =>
        db.Users.Where(u => u.NormalizedEmail == email.ToUpperInvariant()).Select(u => u.Id).SingleAsync(Cancel);
}
