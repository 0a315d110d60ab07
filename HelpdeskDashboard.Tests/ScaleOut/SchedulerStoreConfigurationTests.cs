using HelpdeskDashboard.Data;
using HelpdeskDashboard.Platform.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace HelpdeskDashboard.Tests.ScaleOut;

/// <summary>The Quartz store follows "Database:Provider": clustered on PostgreSQL, a single un-clustered node on SQLite.</summary>
public sealed class SchedulerStoreConfigurationTests
{
    private static readonly JobSchedulingOptions Scheduling = new()
    {
        ClusterCheckinInterval = TimeSpan.FromSeconds(3),
        ClusterCheckinMisfireThreshold = TimeSpan.FromSeconds(7),
    };

    [Fact]
    public void On_PostgreSQL_the_store_is_clustered_with_the_configured_check_in_and_a_generated_instance_id()
    {
        var configuration = Configure(DatabaseProvider.PostgreSQL);

        var clustering = new ClusteringOptions();
        configuration.Configure(clustering);
        var scheduler = new QuartzSchedulerOptions();
        configuration.PostConfigure(Options.DefaultName, scheduler);
        var dataSource = new DataSourceOptions();
        configuration.Configure(SchedulerStoreConfiguration.DataSourceName, dataSource);

        Assert.Equal((true, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(7)), (clustering.Enabled, clustering.CheckinInterval, clustering.CheckinMisfireThreshold));
        Assert.True(scheduler.GenerateInstanceId);
        Assert.Equal(DataSourceOptions.Providers.Npgsql, dataSource.Provider);
        Assert.NotNull(dataSource.DataSourceFactory);
    }

    [Fact]
    public void On_SQLite_the_store_is_not_clustered()
    {
        var configuration = Configure(DatabaseProvider.Sqlite);

        var clustering = new ClusteringOptions();
        configuration.Configure(clustering);
        var scheduler = new QuartzSchedulerOptions();
        configuration.PostConfigure(Options.DefaultName, scheduler);
        var dataSource = new DataSourceOptions();
        configuration.Configure(SchedulerStoreConfiguration.DataSourceName, dataSource);

        Assert.False(clustering.Enabled);
        Assert.Equal((false, QuartzSchedulerOptions.DefaultInstanceId), (scheduler.GenerateInstanceId, scheduler.InstanceId));
        Assert.Equal(DataSourceOptions.Providers.Sqlite, dataSource.Provider);
    }

    [Theory]
    [InlineData("00:00:01", "00:00:00", true)]
    [InlineData("00:00:00", "00:00:20", false)]
    [InlineData("00:00:10", "-00:00:01", false)]
    [InlineData("02:00:00", "00:00:20", false)]
    public void Check_in_settings_are_validated(string interval, string threshold, bool valid)
    {
        var options = new JobSchedulingOptions
        {
            ClusterCheckinInterval = TimeSpan.Parse(interval, System.Globalization.CultureInfo.InvariantCulture),
            ClusterCheckinMisfireThreshold = TimeSpan.Parse(threshold, System.Globalization.CultureInfo.InvariantCulture),
        };

        Assert.Equal(valid, new JobSchedulingOptionsValidator().Validate(options).IsValid);
    }

    private static SchedulerStoreConfiguration Configure(DatabaseProvider provider)
    {
        var folder = Path.Combine(Path.GetTempPath(), "helpdesk-tests", "store-" + Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Helpdesk"] = "Data Source=:memory:" })
            .Build();
        return new SchedulerStoreConfiguration(
            Options.Create(new DatabaseOptions { Provider = provider.ToString(), ConnectionString = "Host=127.0.0.1;Database=unused" }),
            Options.Create(Scheduling),
            configuration,
            new Environment(folder));
    }

    private sealed class Environment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Development;

        public string ApplicationName { get; set; } = "HelpdeskDashboard";

        public string ContentRootPath { get; set; } = contentRoot;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
