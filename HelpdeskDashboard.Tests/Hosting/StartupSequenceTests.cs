using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Calendar;
using HelpdeskDashboard.Features.Tickets.ResponseClock;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Platform.Scheduling;
using HelpdeskDashboard.Platform.Startup;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HelpdeskDashboard.Tests.Hosting;

public sealed class StartupSequenceTests
{
    [Fact]
    public async Task The_app_migrates_then_loads_the_calendar_then_seeds_demo_data_and_sign_ins_then_bootstraps_accounts_then_starts_the_scheduler()
    {
        await using var app = new HelpdeskAppFactory { SeedDemoData = true };

        Assert.Equal(
            [typeof(DatabaseMigrator), typeof(CalendarStartup), typeof(DemoDataStartup), typeof(DemoAccountsStartup), typeof(AccountBootstrapper), typeof(ResponseClockBackfill), typeof(SchedulerStartup)],
            app.Services.GetServices<IStartupStep>().Select(step => step.GetType()));
        Assert.Single(app.Services.GetServices<IHostedService>().OfType<StartupSequence>());
    }

    [Fact]
    public async Task Steps_start_in_order_and_stop_in_reverse()
    {
        var log = new List<string>();
        var sequence = new StartupSequence([new Step("migrate", log), new Step("seed", log), new Step("schedule", log)]);

        await sequence.StartAsync(TestContext.Current.CancellationToken);
        await sequence.StopAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["start migrate", "start seed", "start schedule", "stop schedule", "stop seed", "stop migrate"], log);
    }

    [Fact]
    public async Task A_failing_step_stops_the_sequence_before_the_next_one()
    {
        var log = new List<string>();
        var sequence = new StartupSequence([new Step("migrate", log, fails: true), new Step("seed", log)]);

        await Assert.ThrowsAsync<InvalidOperationException>(() => sequence.StartAsync(TestContext.Current.CancellationToken));

        Assert.Equal(["start migrate"], log);
    }

    private sealed class Step(string name, List<string> log, bool fails = false) : IStartupStep
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            log.Add($"start {name}");
            return fails ? Task.FromException(new InvalidOperationException(name)) : Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            log.Add($"stop {name}");
            return Task.CompletedTask;
        }
    }
}
