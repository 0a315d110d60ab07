using HelpdeskDashboard.Data;
using HelpdeskDashboard.Hosting.Commands;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Tests.Features.Reports;

public sealed class SeedVolumeFinishedClocksTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_third_number_adds_that_many_finished_clocks_for_the_reports()
    {
        await using var app = new HelpdeskAppFactory { SeedDemoData = true };
        using var output = new StringWriter();

        var exitCode = await SeedVolumeCommand.RunAsync(app.Services, ["--seed-volume", "0", "0", "400"], output, Cancel);

        Assert.Equal(0, exitCode);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>().CreateDbContextAsync(Cancel);
        var generated = await db.ResponseClocks.CountAsync(c => db.Tickets.Any(t => t.Id == c.TicketId && t.Subject.StartsWith("Finished ticket")), Cancel);
        Assert.Equal(400, generated);
        Assert.Contains("Added 400 finished response clocks", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_third_argument_that_is_not_a_number_prints_the_usage()
    {
        await using var app = new HelpdeskAppFactory();
        using var output = new StringWriter();

        var exitCode = await SeedVolumeCommand.RunAsync(app.Services, ["--seed-volume", "0", "0", "lots"], output, Cancel);

        Assert.Equal(2, exitCode);
        Assert.Equal(SeedVolumeCommand.Usage, output.ToString().Trim());
    }
}
