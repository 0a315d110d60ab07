using HelpdeskDashboard.Data;
using HelpdeskDashboard.Hosting.Commands;
using HelpdeskDashboard.Tests.Infrastructure;
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

    [Theory]
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
