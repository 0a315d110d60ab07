using HelpdeskDashboard.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;
using Quartz;
using Quartz.Impl.AdoJobStore;

namespace HelpdeskDashboard.Platform.Scheduling;

/// <summary>
/// Points Quartz's store at the app's database once "Database:Provider" is known: on SQLite an un-clustered store (Quartz
/// refuses to cluster SQLite, and SQLite means one app instance); on PostgreSQL a cluster of every instance that runs the
/// scheduler, each with its own generated instance id, checking in every "Scheduling:ClusterCheckinInterval".
/// </summary>
internal sealed class SchedulerStoreConfiguration(
    IOptions<DatabaseOptions> database,
    IOptions<JobSchedulingOptions> scheduling,
    IConfiguration configuration,
    IHostEnvironment environment)
    : IConfigureNamedOptions<DataSourceOptions>, IConfigureOptions<ClusteringOptions>, IPostConfigureOptions<QuartzSchedulerOptions>
{
    public const string DataSourceName = "helpdesk";

    private bool IsPostgreSql => database.Value.Kind == DatabaseProvider.PostgreSQL;

    public void Configure(string? name, DataSourceOptions options)
    {
        if (name != DataSourceName)
        {
            return;
        }

        if (IsPostgreSql)
        {
            var connectionString = database.Value.ConnectionString;
            options.Provider = DataSourceOptions.Providers.Npgsql;
            options.DataSourceFactory = _ => NpgsqlDataSource.Create(connectionString!);
            return;
        }

        var sqlite = HelpdeskConnectionString.Resolve(configuration, environment.ContentRootPath);
        options.Provider = DataSourceOptions.Providers.Sqlite;
        options.DataSourceFactory = _ => SqliteFactory.Instance.CreateDataSource(sqlite);
    }

    public void Configure(DataSourceOptions options) => Configure(Options.DefaultName, options);

    public void Configure(ClusteringOptions options)
    {
        if (!IsPostgreSql)
        {
            return;
        }

        // What UseClustering() does (it cannot be undone per provider): clustering turns the store's row locks on.
        options.Enabled = true;
        options.CheckinInterval = scheduling.Value.ClusterCheckinInterval;
        options.CheckinMisfireThreshold = scheduling.Value.ClusterCheckinMisfireThreshold;
    }

    public void PostConfigure(string? name, QuartzSchedulerOptions options)
    {
        // Instance id AUTO: host name and a timestamp, distinct for two instances on one machine.
        if (IsPostgreSql && !options.GenerateInstanceId && options.InstanceId == QuartzSchedulerOptions.DefaultInstanceId)
        {
            options.GenerateInstanceId = true;
        }
    }

    /// <summary>The SQL dialect of the store, chosen when Quartz first needs it.</summary>
    public static IDriverDelegate CreateDriverDelegate(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.Kind == DatabaseProvider.PostgreSQL
            ? ActivatorUtilities.CreateInstance<PostgreSQLDelegate>(provider)
            : ActivatorUtilities.CreateInstance<SQLiteDelegate>(provider);
}
