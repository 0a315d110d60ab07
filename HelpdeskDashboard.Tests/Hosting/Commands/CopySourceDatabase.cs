using HelpdeskDashboard.Data;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;

namespace HelpdeskDashboard.Tests.Hosting.Commands;

/// <summary>
/// The copy's source: a SQLite file of its own, even in the PostgreSQL test pass (the app hosts made here override the
/// provider the factory follows), seeded with the demo data and with Quartz's tables holding the app's triggers.
/// </summary>
internal sealed class CopySourceDatabase : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "helpdesk-tests", "copy-" + Guid.NewGuid().ToString("N"));

    private CopySourceDatabase()
    {
        Directory.CreateDirectory(_folder);
        ConnectionString = $"Data Source={Path.Combine(_folder, "source.db")};Default Timeout=30";
    }

    public string ConnectionString { get; }

    /// <summary>A new file; the app's start-up gives it the schema and the demo sign-ins.</summary>
    public static CopySourceDatabase Create() => new();

    /// <summary>Starts the app once on a new file with the demo data and the scheduler, which writes its jobs and triggers.</summary>
    public static async Task<CopySourceDatabase> SeededAsync()
    {
        var source = new CopySourceDatabase();
        await using var app = source.CreateApp(seedDemoData: true);
        app.Settings["Scheduling:Enabled"] = "true"; // the scheduler provisions its tables and stores the app's triggers
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);
        Assert.NotNull(await scheduler.GetTrigger(HelpdeskDashboard.Features.TierRecalculation.TierRecalculationJob.QuarterlyTrigger, TestContext.Current.CancellationToken));
        return source;
    }

    /// <summary>An app on this SQLite file (scheduler off), whatever provider the tests run on.</summary>
    public HelpdeskAppFactory CreateApp(bool seedDemoData = false) => new()
    {
        SeedDemoData = seedDemoData,
        ConnectionString = ConnectionString,
        Settings = { ["Database:Provider"] = nameof(DatabaseProvider.Sqlite) },
    };

    public HelpdeskDbContext OpenContext() =>
        new(new DbContextOptionsBuilder<HelpdeskDbContext>().UseSqlite(ConnectionString).Options);

    /// <summary>A new database with nothing in it (no schema either), unlike the migrated clones of <see cref="TestDatabases"/>.</summary>
    public static string CreateEmptyPostgreSqlDatabase()
    {
        var name = $"helpdesk_copy_{Guid.NewGuid():N}";
        var server = TestDatabases.PostgreSqlServer ?? throw new InvalidOperationException("HELPDESK_TEST_POSTGRES names no server.");
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail a test.
        }

        return ValueTask.CompletedTask;
    }
}
