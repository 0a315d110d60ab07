using HelpdeskDashboard.Platform.Startup;
using Microsoft.Extensions.Options;
using Quartz;

namespace HelpdeskDashboard.Platform.Scheduling;

/// <summary>
/// Starts the Quartz scheduler when "Scheduling:Enabled" is true (instead of Quartz's own hosted service, which
/// always starts one). The last start-up step, so the app's tables and accounts exist first.
/// </summary>
internal sealed class SchedulerStartup(
    IOptions<JobSchedulingOptions> options, ISchedulerFactory schedulerFactory, IHostApplicationLifetime lifetime) : IStartupStep
{
    private IScheduler? _scheduler;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        _scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        // Jobs only fire once the app serves requests; a misfired quarter runs right after start-up.
        lifetime.ApplicationStarted.Register(() => _ = _scheduler.Start(CancellationToken.None).AsTask());
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_scheduler is not null)
        {
            // A batch in flight rolls back; the next run resumes after the last committed batch.
            await _scheduler.Shutdown(waitForJobsToComplete: false, cancellationToken);
        }
    }
}
