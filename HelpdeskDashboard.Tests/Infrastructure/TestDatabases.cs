using HelpdeskDashboard.Data;
using HelpdeskDashboard.Data.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HelpdeskDashboard.Tests.Infrastructure;

/// <summary>
/// Which provider the data, service and HTTP tests run on: SQLite unless HELPDESK_TEST_PROVIDER=PostgreSQL, then on the
/// server HELPDESK_TEST_POSTGRES names (an admin connection string; <c>.ci/postgres start</c> prints one). On PostgreSQL
/// every test gets its own database, cloned from one migrated template per test run.
/// </summary>
public static class TestDatabases
{
    public static DatabaseProvider Provider { get; } =
        Enum.TryParse<DatabaseProvider>(Environment.GetEnvironmentVariable("HELPDESK_TEST_PROVIDER"), ignoreCase: true, out var provider)
            ? provider
            : DatabaseProvider.Sqlite;

    public static bool IsPostgreSql => Provider == DatabaseProvider.PostgreSQL;

    /// <summary>The server's admin connection string, or null when no PostgreSQL server was given.</summary>
    public static string? PostgreSqlServer { get; } = Environment.GetEnvironmentVariable("HELPDESK_TEST_POSTGRES") is { Length: > 0 } server ? server : null;

    /// <summary>Skips a test of something only SQLite has (a file, a pragma, its planner's output).</summary>
    public static void SkipUnlessSqlite(string what) =>
        Assert.SkipWhen(IsPostgreSql, $"SQLite only: {what}.");

    private static readonly Lazy<string> Template = new(CreateTemplate);
    private static readonly Lock CloneLock = new();

    /// <summary>A new, migrated, empty PostgreSQL database; returns its connection string. Drop it with <see cref="DropPostgreSqlDatabase"/>.</summary>
    public static string CreatePostgreSqlDatabase()
    {
        var name = $"helpdesk_test_{Guid.NewGuid():N}";
        var template = Template.Value;
        // Cloning needs the template free of sessions; one clone at a time keeps two clones from colliding.
        lock (CloneLock)
        {
            Execute($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        }

        return DatabaseConnectionString(name);
    }

    /// <summary>Drops a database <see cref="CreatePostgreSqlDatabase"/> made, closing its pooled connections first.</summary>
    public static void DropPostgreSqlDatabase(string connectionString)
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    /// <summary>A context on <paramref name="connectionString"/> (a factory's <c>ConnectionString</c>) of the provider the tests run on.</summary>
    public static HelpdeskDbContext OpenContext(string connectionString) => IsPostgreSql
        ? new PostgreSqlHelpdeskDbContext(PostgreSqlOptions(connectionString))
        : new HelpdeskDbContext(new DbContextOptionsBuilder<HelpdeskDbContext>().UseSqlite(connectionString).Options);

    /// <summary>A context of the PostgreSQL model on <paramref name="connectionString"/>.</summary>
    public static DbContextOptions<HelpdeskDbContext> PostgreSqlOptions(string connectionString) =>
        new DbContextOptionsBuilder<HelpdeskDbContext>().UseNpgsql(connectionString).Options;

    private static string RequiredServer => PostgreSqlServer
        ?? throw new InvalidOperationException("HELPDESK_TEST_PROVIDER=PostgreSQL needs HELPDESK_TEST_POSTGRES, an admin connection string (see .ci/postgres).");

    private static string DatabaseConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(RequiredServer) { Database = database }.ConnectionString;

    private static string CreateTemplate()
    {
        var name = $"helpdesk_template_{Environment.ProcessId}_{Guid.NewGuid().ToString("N")[..8]}";
        Execute($"CREATE DATABASE \"{name}\"");
        var connectionString = DatabaseConnectionString(name);
        using (var db = new PostgreSqlHelpdeskDbContext(PostgreSqlOptions(connectionString)))
        {
            db.Database.Migrate();
        }

        NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        return name;
    }

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(RequiredServer);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
