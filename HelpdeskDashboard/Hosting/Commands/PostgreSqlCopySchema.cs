using HelpdeskDashboard.Data;
using HelpdeskDashboard.Data.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HelpdeskDashboard.Hosting.Commands;

/// <summary>Gives the target the app's PostgreSQL schema (EF migrations) and Quartz's tables, both idempotent.</summary>
internal static class PostgreSqlCopySchema
{
    /// <summary>
    /// Quartz's default prefix, the one the app's job store uses on either provider (QRTZ_TRIGGERS on SQLite); unquoted,
    /// PostgreSQL folds it to qrtz_triggers, the tables a PostgreSQL job store with the default prefix looks for.
    /// </summary>
    public const string QuartzTablePrefix = "QRTZ_";

    // What Quartz's AdoJobStore runs itself to provision a schema: statements split by a line "--;;", all IF NOT EXISTS.
    private const string QuartzScript = "Quartz.Impl.AdoJobStore.Schema.create_postgres.sql";

    public static async Task CreateAsync(string connectionString, CancellationToken ct)
    {
        await using (var db = new PostgreSqlHelpdeskDbContext(
            new DbContextOptionsBuilder<HelpdeskDbContext>().UseNpgsql(connectionString).Options))
        {
            await db.Database.MigrateAsync(ct);
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        foreach (var statement in await QuartzStatementsAsync(ct))
        {
            await using var command = new NpgsqlCommand(statement, connection);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static async Task<IEnumerable<string>> QuartzStatementsAsync(CancellationToken ct)
    {
        await using var stream = typeof(Quartz.IScheduler).Assembly.GetManifestResourceStream(QuartzScript)
            ?? throw new InvalidOperationException($"Quartz no longer embeds {QuartzScript}.");
        using var reader = new StreamReader(stream);
        var script = (await reader.ReadToEndAsync(ct)).Replace("\r\n", "\n", StringComparison.Ordinal);
        // {0} is the prefix, {1} the prefix without a schema (ours has none); string.Format would trip on other braces.
        return script.Replace("{0}", QuartzTablePrefix, StringComparison.Ordinal).Replace("{1}", QuartzTablePrefix, StringComparison.Ordinal)
            .Split("\n--;;\n")
            .Where(statement => statement.Split('\n').Any(line => line.Trim() is { Length: > 0 } text && !text.StartsWith("--", StringComparison.Ordinal)));
    }
}
