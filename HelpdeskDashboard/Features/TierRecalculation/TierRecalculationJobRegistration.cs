using HelpdeskDashboard.Platform.Scheduling;
using HelpdeskDashboard.Platform.Time;
using Microsoft.Extensions.Options;
using Quartz;

namespace HelpdeskDashboard.Features.TierRecalculation;

public static class TierRecalculationJobRegistration
{
    /// <summary>
    /// The quarterly tier recalculation on the "Scheduling:TierRecalculationCron" schedule in the company zone. Call
    /// inside the app's Quartz registration: <c>services.AddScheduling(quartz => quartz.AddTierRecalculation())</c>.
    /// </summary>
    public static IQuartzBuilder AddTierRecalculation(this IQuartzBuilder quartz)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        // Recovery: when the instance running it dies, another (PostgreSQL cluster) or the next start (SQLite) runs it
        // again, and the recalculation skips the customers already assigned, so it finishes where the dead run stopped.
        quartz.AddJob<TierRecalculationJob>(job => job.WithIdentity(TierRecalculationJob.Key).StoreDurably().RequestRecovery());
        quartz.AddTrigger<TierRecalculationJob>((provider, trigger) => trigger
            .WithIdentity(TierRecalculationJob.QuarterlyTrigger)
            .ForJob(TierRecalculationJob.Key)
            .WithSchedule(QuarterlySchedule(
                provider.GetRequiredService<IOptions<JobSchedulingOptions>>().Value.TierRecalculationCron,
                provider.GetRequiredService<CompanyClock>().Zone)));
        return quartz;
    }

    /// <summary>
    /// The cron schedule in the company zone. A missed firing (app down) fires once at the next start and the
    /// schedule proceeds; the recalculation's per-quarter idempotency makes any extra firing harmless.
    /// </summary>
    public static CronScheduleBuilder QuarterlySchedule(string cron, TimeZoneInfo zone) =>
        CronScheduleBuilder.Create(cron)
            .InTimeZone(zone)
            .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed);
}
