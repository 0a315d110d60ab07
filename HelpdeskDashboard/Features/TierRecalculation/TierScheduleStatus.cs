using HelpdeskDashboard.Platform.Scheduling;
using HelpdeskDashboard.Platform.Time;
using Microsoft.Extensions.Options;
using Quartz;

namespace HelpdeskDashboard.Features.TierRecalculation;

/// <summary>
/// When the quarterly recalculation fires next, for the manager page. Quartz is registered in every host
/// (<see cref="SchedulingServiceCollectionExtensions.AddScheduling"/>, test hosts included); "Scheduling:Enabled" only
/// decides whether this process starts the scheduler, so the factory is always there to ask.
/// </summary>
public sealed class TierScheduleStatus(
    IOptions<JobSchedulingOptions> options, CompanyClock clock, TimeProvider timeProvider, ISchedulerFactory schedulerFactory)
{
    public bool Enabled => options.Value.Enabled;

    /// <summary>The stored trigger's next fire time when the scheduler runs; otherwise what the cron would say.</summary>
    public async Task<DateTimeOffset?> NextTierRecalculationAsync(CancellationToken cancellationToken)
    {
        if (Enabled)
        {
            var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
            var trigger = await scheduler.GetTrigger(TierRecalculationJob.QuarterlyTrigger, cancellationToken);
            if (trigger?.NextFireTimeUtc is { } next)
            {
                return next;
            }
        }

        return NextFireAfter(options.Value.TierRecalculationCron, clock.Zone, timeProvider.GetUtcNow());
    }

    public static DateTimeOffset? NextFireAfter(string cron, TimeZoneInfo zone, DateTimeOffset after) =>
        new CronExpression(cron, zone).GetNextValidTimeAfter(after);
}
