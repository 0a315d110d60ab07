using System.Net;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Tests.Features.Accounts;

public sealed class AccountBootstrapTests
{
    private const string GoodPassword = "Boss#2026x";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string, Dictionary<string, string?>, string> BadBootstrapSettings => new()
    {
        {
            "weak password",
            new() { ["Bootstrap:ManagerEmail"] = "boss@example.com", ["Bootstrap:ManagerPassword"] = "boss2026", ["Bootstrap:ManagerName"] = "Bea Boss" },
            "Bootstrap:ManagerPassword: must be at least 8 characters long with a digit, an upper-case letter, a lower-case letter and a symbol; this one has no upper-case letter and has no symbol"
        },
        {
            "malformed address",
            new() { ["Bootstrap:ManagerEmail"] = "boss at example", ["Bootstrap:ManagerPassword"] = GoodPassword, ["Bootstrap:ManagerName"] = "Bea Boss" },
            "Bootstrap:ManagerEmail: 'boss at example' is not a valid e-mail address"
        },
        {
            "password without address",
            new() { ["Bootstrap:ManagerPassword"] = GoodPassword, ["Bootstrap:ManagerName"] = "Bea Boss" },
            "Bootstrap:ManagerEmail: is required"
        },
        {
            "address without password",
            new() { ["Bootstrap:ManagerEmail"] = "boss@example.com", ["Bootstrap:ManagerName"] = "Bea Boss" },
            "Bootstrap:ManagerPassword: is required"
        },
        {
            "missing name",
            new() { ["Bootstrap:ManagerEmail"] = "boss@example.com", ["Bootstrap:ManagerPassword"] = GoodPassword },
            "Bootstrap:ManagerName: is required"
        },
    };

    [Theory]
    [MemberData(nameof(BadBootstrapSettings))]
    public async Task Bad_bootstrap_settings_stop_start_up_naming_the_setting(string label, Dictionary<string, string?> settings, string expectedMessage)
    {
        _ = label;
        await using var app = new HelpdeskAppFactory();
        foreach (var (key, value) in settings)
        {
            app.Settings[key] = value;
        }

        var error = Record.Exception(() => app.CreateClient());

        var validation = StartupFailure.OptionsValidation(error);
        Assert.Contains(expectedMessage, validation.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(GoodPassword, validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bootstrap_settings_create_the_first_manager_who_can_sign_in()
    {
        await using var app = BootstrapApp(demoSeed: false);

        using var response = await app.PostLoginAsync("boss@example.com", GoodPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(AccountPaths.AgentHome, response.RedirectTarget());
        await using var db = await app.OpenDbAsync();
        var agent = await db.Agents.SingleAsync(Cancel);
        Assert.Equal(("Bea Boss", true, "America/Chicago"), (agent.DisplayName, agent.IsManager, agent.TimeZone));
        Assert.NotNull(agent.IdentityUserId);
        Assert.Equal([Roles.Agent, Roles.Manager], await RolesOfAsync(app, "boss@example.com"));
    }

    [Fact]
    public async Task Bootstrap_settings_are_ignored_once_a_manager_exists()
    {
        await using var withDemoManager = BootstrapApp(demoSeed: true);
        await using var first = BootstrapApp(demoSeed: false);
        using (await first.PostLoginAsync("boss@example.com", GoodPassword))
        {
        }

        await using var restarted = BootstrapApp(demoSeed: false);
        restarted.ConnectionString = first.ConnectionString;
        restarted.Settings["Bootstrap:ManagerEmail"] = "second-boss@example.com";

        Assert.False(await HasAccountAsync(withDemoManager, "boss@example.com"));
        Assert.False(await HasAccountAsync(restarted, "second-boss@example.com"));
        Assert.True(await HasAccountAsync(restarted, "boss@example.com"));
    }

    [Fact]
    public async Task Production_never_gets_demo_accounts()
    {
        await using var app = new ProductionAppFactory();
        app.Settings[DemoAccounts.SeedSetting] = "true";

        using var response = await app.PostLoginAsync(DemoAccounts.ManagerEmail, DemoAccounts.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("The e-mail address or password is wrong.", SignInClient.LoginProblem(await response.Content.ReadAsStringAsync(Cancel)));
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Empty(scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().Users);
        Assert.Equal(Roles.All.Order(), scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>().Roles.Select(r => r.Name!).AsEnumerable().Order());
    }

    [Fact]
    public async Task Demo_accounts_have_their_roles_and_links()
    {
        await using var app = new HelpdeskAppFactory();
        await using var db = await app.OpenDbAsync();
        var gold = await db.CustomerUsers.Include(u => u.Customer).SingleAsync(u => u.Email == DemoAccounts.CustomerEmail, Cancel);
        var basic = await db.CustomerUsers.Include(u => u.Customer).SingleAsync(u => u.Email == DemoAccounts.BasicCustomerEmail, Cancel);
        var manager = await db.Agents.SingleAsync(a => a.Email == DemoAccounts.ManagerEmail, Cancel);

        Assert.Equal([Roles.Agent], await RolesOfAsync(app, DemoAccounts.AgentEmail));
        Assert.Equal([Roles.Agent, Roles.Manager], await RolesOfAsync(app, DemoAccounts.ManagerEmail));
        Assert.Equal([Roles.Customer], await RolesOfAsync(app, DemoAccounts.CustomerEmail));
        Assert.Equal([Roles.Customer], await RolesOfAsync(app, DemoAccounts.BasicCustomerEmail));
        Assert.Equal(HelpdeskDashboard.Features.Tiers.Tier.Gold, gold.Customer!.CurrentTier);
        Assert.Equal(HelpdeskDashboard.Features.Tiers.Tier.Basic, basic.Customer!.CurrentTier);
        Assert.True(manager.IsManager);
        Assert.All([gold.IdentityUserId, basic.IdentityUserId, manager.IdentityUserId], Assert.NotNull);
    }

    [Fact]
    public async Task Demo_accounts_link_to_people_the_data_seeder_created_and_a_restart_changes_nothing()
    {
        await using var first = new HelpdeskAppFactory();
        await SeedPeopleLikeTheDataSeederAsync(first.ConnectionString);

        var (agentsBefore, usersBefore, customersBefore) = await CountAsync(first);
        await using (var second = new HelpdeskAppFactory { ConnectionString = first.ConnectionString })
        {
            Assert.Equal((agentsBefore, usersBefore, customersBefore), await CountAsync(second));
            using var response = await second.PostLoginAsync(DemoAccounts.CustomerEmail, DemoAccounts.Password);
            Assert.Equal(AccountPaths.CustomerHome, response.RedirectTarget());
        }

        await using var db = await first.OpenDbAsync();
        Assert.Equal((2, 2, 2), (agentsBefore, usersBefore, customersBefore));
        var agent = await db.Agents.SingleAsync(a => a.Email == DemoAccounts.AgentEmail, Cancel);
        Assert.Equal("Jonas Weber", agent.DisplayName);
        Assert.NotNull(agent.IdentityUserId);
        var customerUser = await db.CustomerUsers.Include(u => u.Customer).SingleAsync(u => u.Email == DemoAccounts.CustomerEmail, Cancel);
        Assert.Equal(("Lena Brandt", "Brandt Antriebstechnik GmbH"), (customerUser.DisplayName, customerUser.Customer!.CompanyName));
        Assert.NotNull(customerUser.IdentityUserId);
    }

    private static HelpdeskAppFactory BootstrapApp(bool demoSeed)
    {
        var app = new HelpdeskAppFactory();
        app.Settings[DemoAccounts.SeedSetting] = demoSeed ? "true" : "false";
        app.Settings["Bootstrap:ManagerEmail"] = "boss@example.com";
        app.Settings["Bootstrap:ManagerPassword"] = GoodPassword;
        app.Settings["Bootstrap:ManagerName"] = "Bea Boss";
        app.Settings["BusinessCalendar:TimeZone"] = "America/Chicago";
        return app;
    }

    private static async Task<bool> HasAccountAsync(HelpdeskAppFactory app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email) is not null;
    }

    private static async Task<List<string>> RolesOfAsync(HelpdeskAppFactory app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return [.. (await users.GetRolesAsync((await users.FindByEmailAsync(email))!)).Order(StringComparer.Ordinal)];
    }

    private static async Task<(int Agents, int CustomerUsers, int Customers)> CountAsync(HelpdeskAppFactory app)
    {
        await using var db = await app.OpenDbAsync();
        return (await db.Agents.CountAsync(Cancel), await db.CustomerUsers.CountAsync(Cancel), await db.Customers.CountAsync(Cancel));
    }

    /// <summary>What the demo data seeder leaves before accounts exist: people with the demo addresses, unlinked.</summary>
    private static async Task SeedPeopleLikeTheDataSeederAsync(string connectionString)
    {
        await using var db = TestDatabases.OpenContext(connectionString);
        await db.Database.MigrateAsync(Cancel);
        db.Agents.AddRange(
            new Agent { DisplayName = "Jonas Weber", Email = DemoAccounts.AgentEmail, TimeZone = "Europe/Berlin" },
            new Agent { DisplayName = "Sabine Krüger", Email = DemoAccounts.ManagerEmail, IsManager = true, TimeZone = "Europe/Berlin" });
        db.Customers.AddRange(
            new HelpdeskDashboard.Features.Customers.Customer
            {
                CompanyName = "Brandt Antriebstechnik GmbH", ContactEmail = "info@brandt.example", Country = "DE", DisplayTimeZone = "Europe/Berlin",
                CurrentTier = HelpdeskDashboard.Features.Tiers.Tier.Gold,
                Users = [new() { DisplayName = "Lena Brandt", Email = DemoAccounts.CustomerEmail, TimeZone = "Europe/Berlin" }],
            },
            new HelpdeskDashboard.Features.Customers.Customer
            {
                CompanyName = "Fjord Fieldbus AB", ContactEmail = "info@fjord.example", Country = "SE", DisplayTimeZone = "Europe/Stockholm",
                CurrentTier = HelpdeskDashboard.Features.Tiers.Tier.Basic,
                Users = [new() { DisplayName = "Erik Lund", Email = DemoAccounts.BasicCustomerEmail, TimeZone = "Europe/Stockholm" }],
            });
        await db.SaveChangesAsync(Cancel);
    }

    private sealed class ProductionAppFactory : HelpdeskAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }
}
