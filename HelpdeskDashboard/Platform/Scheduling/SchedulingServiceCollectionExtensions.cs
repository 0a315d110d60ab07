using HelpdeskDashboard.Data;
using HelpdeskDashboard.Platform.Configuration;
using Microsoft.Data.Sqlite;
using Quartz;

namespace HelpdeskDashboard.Platform.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Registers Quartz with its persistent store in the app's SQLite database (tables QRTZ_*, created at start-up when
    /// missing) and the jobs the features bring, e.g. <c>services.AddScheduling(q => q.AddTierRecalculation().AddOutboxDelivery())</c>.
    /// <see cref="SchedulerStartup"/> (a start-up step) starts it only when "Scheduling:Enabled" is true; everything is
    /// read lazily so test hosts can override it.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, Action<IQuartzBuilder> jobs)
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

            jobs(quartz);
        });

        return services;
    }
}
