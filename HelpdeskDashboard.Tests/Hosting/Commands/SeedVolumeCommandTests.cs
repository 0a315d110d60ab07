using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Hosting.Commands;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Tests.Hosting.Commands;

public sealed class SeedVolumeCommandTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Adds_the_requested_open_tickets_and_orders_on_top_of_the_demo_data()
    {
        await using var app = new HelpdeskAppFactory { SeedDemoData = true };
        using var output = new StringWriter();

        var exitCode = await SeedVolumeCommand.RunAsync(app.Services, ["--seed-volume", "500", "2000"], output, Cancel);

        Assert.Equal(0, exitCode);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>().CreateDbContextAsync(Cancel);
        Assert.Equal(40, await db.Customers.CountAsync(Cancel));
        Assert.Equal(300 + 500, await db.Tickets.CountAsync(Cancel)); // the demo set has exactly 300
        Assert.Equal(2000, await db.Orders.CountAsync(o => o.ExternalOrderId.StartsWith("VOL-"), Cancel));
        Assert.StartsWith("Added 500 open tickets", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_agents_option_adds_agent_accounts_that_sign_in_with_the_documented_password()
    {
        await using var app = new HelpdeskAppFactory { SeedDemoData = true };
        using var output = new StringWriter();

        var exitCode = await SeedVolumeCommand.RunAsync(app.Services, ["--seed-volume", "10", "0", "--agents", "3"], output, Cancel);
        var again = await SeedVolumeCommand.RunAsync(app.Services, ["--seed-volume", "0", "0", "--agents", "3"], output, Cancel);

        Assert.Equal(0, exitCode);
        Assert.Equal(0, again);
        Assert.Contains("Added 3 agent accounts", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Added 0 agent accounts", output.ToString(), StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var third = await users.FindByNameAsync(VolumeDataGenerator.AgentEmail(3));
        Assert.NotNull(third);
        Assert.True(await users.CheckPasswordAsync(third, VolumeDataGenerator.AgentPassword));
        Assert.True(await users.IsInRoleAsync(third, Roles.Agent));
        Assert.False(await users.IsInRoleAsync(third, Roles.Manager));
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>().CreateDbContextAsync(Cancel);
        Assert.Equal(3, await db.Agents.CountAsync(a => a.Email.EndsWith("@volume.local") && a.IsActive && a.IdentityUserId != null, Cancel));
    }

    [Theory]
    [InlineData("agents without a number", new[] { "--seed-volume", "5", "10", "--agents" })]
    [InlineData("too many agents", new[] { "--seed-volume", "5", "10", "--agents", "20000" })]
    [InlineData("no numbers", new[] { "--seed-volume" })]
    [InlineData("not a number", new[] { "--seed-volume", "many", "10" })]
    [InlineData("negative", new[] { "--seed-volume", "-5", "10" })]
    public async Task Bad_arguments_print_the_usage_and_write_nothing(string label, string[] args)
    {
        _ = label;
        await using var app = new HelpdeskAppFactory();
        using var output = new StringWriter();

        var exitCode = await SeedVolumeCommand.RunAsync(app.Services, args, output, Cancel);

        Assert.Equal(2, exitCode);
        Assert.Equal(SeedVolumeCommand.Usage, output.ToString().Trim());
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>().CreateDbContextAsync(Cancel);
        Assert.False(await db.Orders.AnyAsync(o => o.ExternalOrderId.StartsWith("VOL-"), Cancel));
    }
}
