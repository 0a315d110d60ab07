using HelpdeskDashboard.Platform.Time;
using Quartz;

namespace HelpdeskDashboard.Features.TierRecalculation;

/// <summary>
/// Decides the quarter that contains the firing's scheduled instant (company time zone). After downtime the misfire
/// instruction fires it once at start-up, and the recalculation skips customers already assigned, so a quarter is never
/// decided twice whichever way it was started.
/// </summary>
[DisallowConcurrentExecution]
public sealed class TierRecalculationJob(TierRecalculationRunner runner, CompanyClock clock) : IJob
{
    public static readonly JobKey Key = new("tier-recalculation", "tiers");

    public static readonly TriggerKey QuarterlyTrigger = new("tier-recalculation-quarterly", "tiers");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var quarter = CalendarQuarter.Containing(context.ScheduledFireTimeUtc ?? context.FireTimeUtc, clock);
        try
        {
            await runner.RunAsync(quarter, TierRunTrigger.Scheduled, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException and not OutOfMemoryException)
        {
            // Recorded on the run; not refired at once: the next start or "run now" resumes where it stopped.
            throw new JobExecutionException(exception);
        }
    }
}
