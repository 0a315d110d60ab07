using System.Globalization;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Data.PostgreSql;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace HelpdeskDashboard.Hosting.Commands;

/// <summary>
/// <c>HelpdeskDashboard --copy-to-postgresql "Host=…;Database=helpdesk;Username=…;Password=…"</c>, run in an app on
/// SQLite: copies its database (every table: Identity, data-protection keys and Quartz's QRTZ tables included) into an
/// EMPTY PostgreSQL database in one transaction, compares row counts and checksums per table, and commits only when
/// all match. docs/scale-out-copy.md has the steps around it.
/// </summary>
public static class CopyToPostgreSqlCommand
{
    public const string Switch = "--copy-to-postgresql";

    public const string Usage = "Usage: HelpdeskDashboard --copy-to-postgresql \"Host=…;Database=helpdesk;Username=…;Password=…\"   (into an empty database)";

    public static bool IsRequested(IReadOnlyList<string> args) =>
        args.Any(arg => string.Equals(arg, Switch, StringComparison.OrdinalIgnoreCase));

    /// <summary>Runs the command and returns the process exit code: 0 copied, 1 refused or different, 2 bad arguments.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);

        var at = args.ToList().FindIndex(arg => string.Equals(arg, Switch, StringComparison.OrdinalIgnoreCase));
        var target = new CopyTarget(at + 1 < args.Count ? args[at + 1] : null);
        var validation = await new CopyTargetValidator().ValidateAsync(target, cancellationToken);
        if (!validation.IsValid)
        {
            await output.WriteLineAsync(validation.Errors[0].ErrorMessage);
            await output.WriteLineAsync(Usage);
            return 2;
        }

        var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (database.Kind != DatabaseProvider.Sqlite)
        {
            await output.WriteLineAsync($"{Switch} copies FROM the app's SQLite database, but this app runs on {database.Kind}: start it with Database:Provider=Sqlite and the SQLite connection string.");
            return 1;
        }

        try
        {
            return await CopyAsync(services, target.ConnectionString!, output, cancellationToken);
        }
        catch (Exception error) when (error is CopyFailedException or NpgsqlException or SqliteException)
        {
            await output.WriteLineAsync($"Copy failed, nothing committed: {error.Message}");
            return 1;
        }
    }

    private static async Task<int> CopyAsync(IServiceProvider services, string targetConnectionString, TextWriter output, CancellationToken ct)
    {
        // No time limit: reading back millions of rows for the checksums takes longer than Npgsql's default 30 s.
        var targetBuilder = new NpgsqlConnectionStringBuilder(targetConnectionString) { CommandTimeout = 0 };
        var shown = new NpgsqlConnectionStringBuilder(targetConnectionString) { Password = null }.ConnectionString;

        // Refuse before writing anything, even the schema: an existing database could be someone's live data.
        await using (var probe = new NpgsqlConnection(targetBuilder.ConnectionString))
        {
            await probe.OpenAsync(ct);
            var withRows = await CopyCatalog.ReadTablesWithRowsAsync(probe, ct);
            if (withRows.Count > 0)
            {
                var tables = string.Join(", ", withRows.Select(t => $"{t.Table} ({t.Rows.ToString(CultureInfo.InvariantCulture)} rows)"));
                await output.WriteLineAsync($"Refused: the target is not empty: {tables}. Copy only into an empty database; nothing was written.");
                return 1;
            }
        }

        // Both sides on this build's schema version, so the tables and columns match.
        await using (var db = await services.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>().CreateDbContextAsync(ct))
        {
            await db.Database.MigrateAsync(ct);
        }

        await PostgreSqlCopySchema.CreateAsync(targetBuilder.ConnectionString, ct);

        var sourceConnectionString = new SqliteConnectionStringBuilder(HelpdeskConnectionString.Resolve(
            services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IHostEnvironment>().ContentRootPath))
        { Mode = SqliteOpenMode.ReadOnly }.ToString();
        await output.WriteLineAsync($"Copying {new SqliteConnectionStringBuilder(sourceConnectionString).DataSource} to {shown}");

        await using var source = new SqliteConnection(sourceConnectionString);
        await source.OpenAsync(ct);
        // One deferred (read) transaction: every table comes from the same moment.
        await using var snapshot = source.BeginTransaction(deferred: true);
        await using var target = new NpgsqlConnection(targetBuilder.ConnectionString);
        await target.OpenAsync(ct);
        // Types from the migration (citext) may postdate the pooled type cache.
        await target.ReloadTypesAsync(ct);
        await using var transaction = await target.BeginTransactionAsync(ct);

        var plan = CopyPlan.Create(
            await CopyCatalog.ReadSqliteAsync(source, snapshot, ct),
            await CopyCatalog.ReadPostgreSqlAsync(target, ct),
            await CopyCatalog.ReadForeignKeysAsync(target, ct));
        if (plan.Problems.Count > 0)
        {
            foreach (var problem in plan.Problems)
            {
                await output.WriteLineAsync(problem);
            }

            await output.WriteLineAsync("The two schemas differ; nothing was copied. Run the command with the same app version that last ran on the SQLite database.");
            return 1;
        }

        var report = new CopyReport(output);
        foreach (var table in plan.Tables)
        {
            var copied = await TableCopier.CopyAsync(source, snapshot, target, table, ct);
            var readBack = await TableCopier.ChecksumTargetAsync(target, table, ct);
            await report.TableAsync(table.TargetName, copied, readBack);
        }

        foreach (var table in plan.TargetOnly)
        {
            await report.TargetOnlyAsync(table);
        }

        if (!await report.TotalAsync())
        {
            await transaction.RollbackAsync(ct);
            await output.WriteLineAsync("Rolled back: the target differs from the source (see DIFFERENT above); nothing was committed.");
            return 1;
        }

        await IdentitySequences.RestartAfterExplicitIdsAsync(target, transaction, ct);
        await transaction.CommitAsync(ct);
        await output.WriteLineAsync("Committed. Point Database:Provider and ConnectionStrings:Helpdesk at the target and start the app.");
        return 0;
    }
}
