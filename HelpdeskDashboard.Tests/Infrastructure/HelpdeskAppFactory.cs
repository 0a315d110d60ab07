using HelpdeskDashboard.Data;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Platform.Startup;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HelpdeskDashboard.Tests.Infrastructure;

/// <summary>
/// Hosts the real app (Development environment) on its own temporary SQLite file, or its own PostgreSQL database when
/// the tests run there (<see cref="TestDatabases"/>), in memory by default
/// or on a real port for a browser via <see cref="StartServerOnFreePort"/>. Set <see cref="Settings"/>,
/// <see cref="RemovedSections"/>, <see cref="ConnectionString"/> or <see cref="SeedDemoData"/> before the first request.
/// </summary>
public class HelpdeskAppFactory : WebApplicationFactory<Program>
{
    public HelpdeskAppFactory()
    {
        WorkingDirectory = Path.Combine(Path.GetTempPath(), "helpdesk-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(WorkingDirectory);
        DatabasePath = Path.Combine(WorkingDirectory, "helpdesk.db");
        if (TestDatabases.IsPostgreSql)
        {
            Settings["Database:Provider"] = nameof(DatabaseProvider.PostgreSQL);
        }
    }

    private string? _connectionString;
    private string? _postgreSql;

    /// <summary>A fresh folder for this factory's files, deleted on dispose.</summary>
    public string WorkingDirectory { get; }

    /// <summary>The SQLite file (unused on PostgreSQL).</summary>
    public string DatabasePath { get; }

    /// <summary>
    /// Becomes "ConnectionStrings:Helpdesk"; points at <see cref="DatabasePath"/> (or this factory's PostgreSQL database)
    /// unless a test changes it. The PostgreSQL database is cloned on first read, so a test that sets its own never pays for one.
    /// </summary>
    public string ConnectionString
    {
        get => _connectionString ??= TestDatabases.IsPostgreSql
            ? _postgreSql = TestDatabases.CreatePostgreSqlDatabase()
            : $"Data Source={DatabasePath};Default Timeout=30";
        set => _connectionString = value;
    }

    /// <summary>Configuration values layered over appsettings*.json ("Tiers:Gold:MonthlyPrice" = "-1").</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>Configuration sections taken out of the app's JSON files ("Tiers:Basic"), since layering cannot delete.</summary>
    public List<string> RemovedSections { get; } = [];

    /// <summary>
    /// False (default): the host skips the full demo data set, which slows every host and gets in the way of tests
    /// that build their own small data. The demo sign-ins are still created (Demo:Seed stays on), with the minimal
    /// agents, customer users and customers the account bootstrapper makes when the seeded ones are missing.
    /// </summary>
    public bool SeedDemoData { get; init; }

    // Minimal hosting finds the app's host through a process-wide DiagnosticListener, so two factories building at
    // the same moment can receive each other's configuration. Building one host at a time keeps them apart;
    // the tests themselves still run in parallel.
    private static readonly Lock HostBuildLock = new();

    private readonly HostStartFailureLog _startFailure = new();

    protected override IHost CreateHost(IHostBuilder builder)
    {
        lock (HostBuildLock)
        {
            try
            {
                return base.CreateHost(builder);
            }
            catch (ObjectDisposedException disposed) when (_startFailure.Failure is { } cause)
            {
                // The failed start disposed the app's services before the factory looked at them: report the cause.
                throw new InvalidOperationException($"The app failed to start ({disposed.Message.Split('.')[0]} in the test host afterwards).", cause);
            }
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureLogging(logging => logging.AddProvider(_startFailure));
        builder.ConfigureAppConfiguration((_, configuration) =>
        {
            RemoveSectionsFromFileSources(configuration);
            configuration.AddInMemoryCollection(
                new Dictionary<string, string?>
                {
                    ["Scheduling:Enabled"] = "false", // tests that need Quartz set it in Settings
                    ["Escalations:Enabled"] = "false", // likewise the escalation timer
                    // Every test client shares one address; tests of the limits set their own in Settings.
                    ["RateLimits:SignInPerMinute"] = "1000000",
                    ["RateLimits:ApiPerMinute"] = "1000000",
                    // Files and mail folders live with the factory, never in the app project's App_Data.
                    ["Files:Root"] = Path.Combine(WorkingDirectory, "files"),
                    ["Email:PickupFolder"] = Path.Combine(WorkingDirectory, "mail-pickup"),
                    ["Email:Inbound:DropFolder"] = Path.Combine(WorkingDirectory, "mail-inbox"),
                });
            configuration.AddInMemoryCollection(
                new Dictionary<string, string?>(Settings) { ["ConnectionStrings:Helpdesk"] = ConnectionString });
        });
        if (!SeedDemoData)
        {
            builder.ConfigureTestServices(RemoveDemoDataStartup);
        }
    }

    /// <summary>Serves the app over Kestrel on a free loopback port and returns its base address.</summary>
    public Uri StartServerOnFreePort()
    {
        UseKestrel(0);
        StartServer();
        return ServerAddress;
    }

    public Uri ServerAddress
    {
        get
        {
            var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
            return new Uri(addresses.Addresses.First());
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);

        if (_postgreSql is not null)
        {
            TestDatabases.DropPostgreSqlDatabase(_postgreSql);
        }

        // Pooled connections keep the database file open.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(WorkingDirectory, recursive: true);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder must not fail a test.
        }
    }

    private static void RemoveDemoDataStartup(IServiceCollection services)
    {
        var startup = services.Single(descriptor =>
            descriptor.ServiceType == typeof(IStartupStep) && descriptor.ImplementationType == typeof(DemoDataStartup));
        services.Remove(startup);
    }

    private void RemoveSectionsFromFileSources(IConfigurationBuilder configuration)
    {
        if (RemovedSections.Count == 0)
        {
            return;
        }

        for (var i = 0; i < configuration.Sources.Count; i++)
        {
            if (configuration.Sources[i] is not FileConfigurationSource file)
            {
                continue;
            }

            var kept = new ConfigurationBuilder().Add(file).Build().AsEnumerable()
                .Where(setting => setting.Value is not null && !IsRemoved(setting.Key))
                .ToList();
            configuration.Sources[i] = new MemoryConfigurationSource { InitialData = kept };
        }
    }

    private bool IsRemoved(string key) => RemovedSections.Any(section =>
        key.Equals(section, StringComparison.OrdinalIgnoreCase)
        || key.StartsWith(section + ConfigurationPath.KeyDelimiter, StringComparison.OrdinalIgnoreCase));
}
