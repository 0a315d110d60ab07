using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.LoadTest;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Tests.EndToEnd;

/// <summary>
/// The circuit load tool (HelpdeskDashboard.LoadTest, docs/capacity.md) in a short run, so it keeps working: 20 generated
/// agents hold /board for 10 s against the app on a real port. The capacity runs themselves are benchmarks, not tests.
/// Under EndToEnd, so it runs once in CI (the PostgreSQL pass leaves this namespace out).
/// </summary>
public sealed class CircuitLoadSmokeTests
{
    private const int Boards = 20;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Twenty_idle_boards_hold_their_circuits_and_receive_a_tick_every_second()
    {
        await using var app = new HelpdeskAppFactory { SeedDemoData = true };
        var baseAddress = await StartWithAgentsAsync(app);

        var output = Path.Combine(app.WorkingDirectory, "load");
        var result = await LoadRunner.RunAsync(
            new LoadOptions
            {
                BaseAddress = baseAddress,
                Boards = Boards,
                Agents = Boards,
                Duration = TimeSpan.FromSeconds(10),
                RampPerSecond = 40,
                RampTimeout = TimeSpan.FromSeconds(30),
                ServerProcessId = Environment.ProcessId,
                GcHeapProbe = () => GC.GetGCMemoryInfo().HeapSizeBytes / 1024.0 / 1024.0,
                OutputFolder = output,
            },
            line => TestContext.Current.TestOutputHelper?.WriteLine(line),
            Cancel);

        Assert.Equal(Boards, result.CircuitsOpened);
        Assert.Equal(Boards, result.CircuitsOpenAtEnd);
        Assert.Equal(0, result.Failures);
        Assert.Equal(0, result.Dropped);
        Assert.Equal(Boards, result.TickSecondsPerBoard.Count);
        // About one tick per second each; a loaded CI machine may lose a second here and there, not more.
        Assert.InRange(result.SteadySeconds, 8, 10); // the hold minus the two seconds after the last first render
        Assert.All(result.TickSecondsPerBoard, seconds => Assert.InRange(seconds, result.SteadySeconds - 2, result.SteadySeconds));
        Assert.NotNull(result.TickP95Ms);

        var csv = await File.ReadAllLinesAsync(result.CsvPath, Cancel);
        Assert.Equal(LoadRunner.CsvHeader, csv[0]);
        Assert.True(csv.Length > 10, $"{csv.Length - 1} rows");
        Assert.Contains(csv.Skip(1), row => row.Split(',')[5] == $"{Boards}" && row.Split(',')[2].Length > 0);
        Assert.True(File.Exists(Path.Combine(output, "summary.json")));
    }

    [Fact]
    public async Task Twenty_boards_receive_the_changes_a_writer_makes_through_the_ticket_api()
    {
        await using var app = new HelpdeskAppFactory { SeedDemoData = true };
        var baseAddress = await StartWithAgentsAsync(app);
        using var writer = await ApiTicketWriter.ConnectAsync(baseAddress, DemoAccounts.ManagerEmail, DemoAccounts.Password, "/board?scope=all", Cancel);

        var result = await LoadRunner.RunAsync(
            new LoadOptions
            {
                BaseAddress = baseAddress,
                Scenario = LoadScenario.Writer,
                Boards = Boards,
                Agents = Boards,
                Duration = TimeSpan.FromSeconds(10),
                RampPerSecond = 40,
                RampTimeout = TimeSpan.FromSeconds(30),
                WritesPerSecond = 2,
                Writer = writer.WriteAsync,
                OutputFolder = Path.Combine(app.WorkingDirectory, "load"),
            },
            line => TestContext.Current.TestOutputHelper?.WriteLine(line),
            Cancel);

        // Notes, status changes and reassignments in turn, none refused.
        Assert.InRange(result.Writes, 10, 20);
        Assert.Equal(0, result.WriteFailures);
        Assert.Equal((0, 0), (result.Failures, result.Dropped));
        // Each change re-renders the boards that show the ticket (all of them: scope All), besides their ticks.
        Assert.True(result.LaterBatches >= result.Writes * Boards / 2, $"{result.LaterBatches} later batches for {result.Writes} writes");
    }

    private static async Task<Uri> StartWithAgentsAsync(HelpdeskAppFactory app)
    {
        var baseAddress = app.StartServerOnFreePort();
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>().CreateDbContextAsync(Cancel);
        await VolumeDataGenerator.GenerateAgentAccountsAsync(db, scope.ServiceProvider.GetRequiredService<AccountProvisioner>(), Boards, Cancel);
        return baseAddress;
    }
}
