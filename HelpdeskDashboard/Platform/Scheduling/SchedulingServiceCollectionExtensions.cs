using HelpdeskDashboard.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Quartz;

using HelpdeskDashboard.Features.TierRecalculation;
using HelpdeskDashboard.Features;
using HelpdeskDashboard.Platform.Configuration;
using HelpdeskDashboard.Platform.Time;
namespace HelpdeskDashboard.Platform.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Registers Quartz with its persistent store in the app's SQLite database (tables QRTZ_*, created at start-up when
    /// missing), the quarterly tier recalculation, and whatever <paramref name="extraJobs"/> adds; Program.cs adds the
    /// outbox delivery that way: <c>services.AddScheduling(quartz => quartz.AddOutboxDelivery())</c>.
    /// The scheduler only starts when "Scheduling:Enabled" is true; everything is read lazily so test hosts can override it.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, Action<IQuartzBuilder>? extraJobs = null)
    {
        services.AddValidatedOptions<JobSchedulingOptions, JobSchedulingOptionsValidator>(JobSchedulingOptions.SectionName);

        // A replaced trigger keeps its firing history, so a restart after a missed 1 January still sees the misfire.
        services.Configure<QuartzOptions>(options => options.Scheduling.ScheduleTriggerRelativeToReplacedTrigger = true);

        services.AddQuartz(quartz =>
        {
            quartz.UsePersistentStore(store =>
            {
                store.UseSqlite(source => source.DataSourceFactory = provider => SqliteFactory.Instance.CreateDataSource(
                    HelpdeskConnectionString.Resolve(provider.GetRequiredService<IConfiguration>(), provider.GetRequiredService<IHostEnvironment>().ContentRootPath)));
                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
            });

            quartz.AddJob<TierRecalculationJob>(job => job.WithIdentity(TierRecalculationJob.Key).StoreDurably());
            quartz.AddTrigger<TierRecalculationJob>((provider, trigger) => trigger
                .WithIdentity(TierRecalculationJob.QuarterlyTrigger)
                .ForJob(TierRecalculationJob.Key)
                .WithSchedule(QuarterlySchedule(
                    provider.GetRequiredService<IOptions<JobSchedulingOptions>>().Value.TierRecalculationCron,
                    provider.GetRequiredService<CompanyClock>().Zone)));

            extraJobs?.Invoke(quartz);
        });

        services.AddHostedService<SchedulerStartup>();
        services.AddSingleton<TierScheduleStatus>();
        return services;
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
