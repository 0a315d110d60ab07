using HelpdeskDashboard.Platform.Configuration;
using Microsoft.Extensions.Options;
using Quartz;

namespace HelpdeskDashboard.Platform.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Registers Quartz with its persistent store in the app's database (tables QRTZ_*, created at start-up when
    /// missing) and the jobs the features bring, e.g. <c>services.AddScheduling(q => q.AddTierRecalculation().AddOutboxDelivery())</c>.
    /// The store follows "Database:Provider": SQLite un-clustered (one instance), PostgreSQL clustered (every instance
    /// runs the scheduler, each firing runs on one of them); see <see cref="SchedulerStoreConfiguration"/>.
    /// <see cref="SchedulerStartup"/> (a start-up step) starts it only when "Scheduling:Enabled" is true; everything is
    /// read lazily so test hosts can override it.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, Action<IQuartzBuilder> jobs)
    {
        services.AddValidatedOptions<JobSchedulingOptions, JobSchedulingOptionsValidator>(JobSchedulingOptions.SectionName);

        // A replaced trigger keeps its firing history, so a restart after a missed 1 January still sees the misfire.
        services.Configure<QuartzOptions>(options => options.Scheduling.ScheduleTriggerRelativeToReplacedTrigger = true);

        // The provider is known only once the container exists (test hosts layer "Database:Provider" after these
        // registrations), so the data source, the SQL dialect and clustering are chosen through options and factories
        // Quartz resolves lazily, not through UseSqlite/UsePostgres/UseClustering, which fix them here.
        services.AddSingleton<SchedulerStoreConfiguration>();
        services.AddSingleton<IConfigureOptions<DataSourceOptions>>(provider => provider.GetRequiredService<SchedulerStoreConfiguration>());
        services.AddSingleton<IConfigureOptions<ClusteringOptions>>(provider => provider.GetRequiredService<SchedulerStoreConfiguration>());
        services.AddSingleton<IPostConfigureOptions<QuartzSchedulerOptions>>(provider => provider.GetRequiredService<SchedulerStoreConfiguration>());

        services.AddQuartz(quartz =>
        {
            quartz.UsePersistentStore(store =>
            {
                store.UseDataSource(SchedulerStoreConfiguration.DataSourceName);
                store.UseDataSource(_ => { }); // filled in by SchedulerStoreConfiguration
                store.UseDriverDelegate(SchedulerStoreConfiguration.CreateDriverDelegate);
                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema(); // create_sqlite.sql or create_postgres.sql, safe when several instances start at once
            });

            jobs(quartz);
        });

        return services;
    }
}
