using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.TierRecalculation;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace HelpdeskDashboard.Tests.Features.TierRecalculation;

/// <summary>The real app with Quartz on its SQLite file, started, stopped and started again under a fake clock.</summary>
public sealed class SchedulerMisfireTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "helpdesk-tests", "misfire-" + Guid.NewGuid().ToString("N"));

    public SchedulerMisfireTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task A_quarter_missed_while_the_app_was_down_is_recalculated_once_at_the_next_start()
    {
        // The app's file and the Quartz store on it (Platform/Scheduling keeps its triggers in SQLite).
        TestDatabases.SkipUnlessSqlite("the Quartz store on the app's SQLite file across restarts");
        var connectionString = $"Data Source={Path.Combine(_folder, "helpdesk.db")};Default Timeout=30";

        // Up on New Year's Eve: the trigger is stored with its next firing at midnight Berlin.
        await using (var beforeMidnight = Start(connectionString, new DateTimeOffset(2026, 12, 31, 22, 30, 0, TimeSpan.Zero)))
        {
            var trigger = await WaitForTriggerAsync(beforeMidnight);
            Assert.Equal(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.FromHours(1)), trigger.NextFireTimeUtc);
        }

        // Down over midnight, back on 3 January: the misfire fires once.
        await using (var afterDowntime = Start(connectionString, new DateTimeOffset(2027, 1, 3, 9, 0, 0, TimeSpan.Zero)))
        {
            var run = await WaitForRunAsync(afterDowntime);
            Assert.Equal(("2027-Q1", TierRunTrigger.Scheduled, (string?)null), (run.QuarterLabel, run.Trigger, run.Error));
            Assert.True(run.Assigned > 0);
            var trigger = await WaitForTriggerAsync(afterDowntime);
            Assert.Equal(new DateTimeOffset(2027, 4, 1, 0, 0, 0, TimeSpan.FromHours(2)), trigger.NextFireTimeUtc);
        }

        // Another restart the same day: nothing is pending, nothing runs again.
        await using var restarted = Start(connectionString, new DateTimeOffset(2027, 1, 3, 9, 10, 0, TimeSpan.Zero));
        var again = await WaitForTriggerAsync(restarted);
        Assert.Equal(new DateTimeOffset(2027, 4, 1, 0, 0, 0, TimeSpan.FromHours(2)), again.NextFireTimeUtc);
        await using var db = await restarted.Services.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        Assert.Equal(1, await db.TierRecalculationRuns.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(
            await db.Customers.CountAsync(TestContext.Current.CancellationToken),
            await db.TierAssignments.CountAsync(a => a.Year == 2027 && a.Quarter == 1, TestContext.Current.CancellationToken));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail the test.
        }
    }

    private static Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Start(string connectionString, DateTimeOffset now)
    {
        var app = new HelpdeskAppFactory { ConnectionString = connectionString, Settings = { ["Scheduling:Enabled"] = "true" } };
        var clock = new FakeTimeProvider(now);
        var started = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        _ = started.Services; // starts the host, and with it the scheduler
        return started;
    }

    // The scheduler works on its own threads; these loops wait for it (bounded), they do not wait for time to pass.
    private static async Task<ITrigger> WaitForTriggerAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app)
    {
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (scheduler.Status == Quartz.SchedulerStatus.Running && await scheduler.GetTrigger(TierRecalculationJob.QuarterlyTrigger, TestContext.Current.CancellationToken) is { } trigger)
            {
                return trigger;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException("The scheduler did not store the quarterly trigger.");
    }

    private static async Task<TierRecalculationRun> WaitForRunAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>();
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            await using var db = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken);
            if (await db.TierRecalculationRuns.SingleOrDefaultAsync(r => r.FinishedUtcTicks != null, TestContext.Current.CancellationToken) is { } run)
            {
                return run;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException("The missed quarter was not recalculated.");
    }
}
