using HelpdeskDashboard.Platform.Startup;
using Microsoft.Extensions.Options;
using Quartz;

namespace HelpdeskDashboard.Platform.Scheduling;

/// <summary>
/// Starts the Quartz scheduler when "Scheduling:Enabled" is true (instead of Quartz's own hosted service, which
/// always starts one). The last start-up step, so the app's tables and accounts exist first.
/// </summary>
/// <remarks>
/// Stopping returns only once the scheduler has shut down, however many callers stop at once: the host disposes the
/// container when its stop returns, and Quartz's threads (misfire handler, cluster check-in, running job) resolve
/// services from it until Shutdown has finished. A host can be stopped twice at once (under WebApplicationFactory both
/// <c>app.Run()</c> and the factory's dispose stop it), and Quartz returns at once to a second Shutdown caller while the
/// first is still shutting down, so every caller here awaits the one shutdown. For the same reason a start still in
/// progress finishes before the shutdown begins, and a start that comes after a stop does not happen.
/// </remarks>
internal sealed class SchedulerStartup(
    IOptions<JobSchedulingOptions> options,
    ISchedulerFactory schedulerFactory,
    IHostApplicationLifetime lifetime,
    ILogger<SchedulerStartup> logger) : IStartupStep
{
    private readonly Lock _gate = new();
    private IScheduler? _scheduler;
    private Task _starting = Task.CompletedTask;
    private Task? _stopping;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        _scheduler = scheduler;
        // Jobs only fire once the app serves requests; a misfired quarter runs right after start-up.
        lifetime.ApplicationStarted.Register(() =>
        {
            lock (_gate)
            {
                if (_stopping is null)
                {
                    _starting = StartSchedulerAsync(scheduler);
                }
            }
        });
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        if (_scheduler is not { } scheduler)
        {
            return Task.CompletedTask;
        }

        lock (_gate)
        {
            return _stopping ??= ShutdownAsync(scheduler, _starting);
        }
    }

    private async Task StartSchedulerAsync(IScheduler scheduler)
    {
        await Task.Yield(); // off the host's ApplicationStarted callback
        try
        {
            await scheduler.Start(CancellationToken.None);
        }
        catch (Exception error)
        {
            // Nobody awaits the start but the shutdown; without this a failed start went unnoticed.
            logger.LogError(error, "The Quartz scheduler failed to start");
        }
    }

    private static async Task ShutdownAsync(IScheduler scheduler, Task starting)
    {
        await starting; // never throws: StartSchedulerAsync logs its failure
        // Not the caller's token: Quartz cannot resume a shutdown it abandoned half-way, and its threads would outlive
        // the container. A batch in flight rolls back; the next run resumes after the last committed batch.
        await scheduler.Shutdown(waitForJobsToComplete: false, CancellationToken.None);
    }
}
