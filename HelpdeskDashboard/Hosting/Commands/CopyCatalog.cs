using Microsoft.Data.Sqlite;
using Npgsql;

namespace HelpdeskDashboard.Hosting.Commands;

/// <summary>
/// A column as a database's catalog describes it: the declared type on SQLite, the udt_name on PostgreSQL.
/// </summary>
internal sealed record CatalogColumn(string Name, string TypeName);

internal sealed record CatalogTable(string Name, IReadOnlyList<CatalogColumn> Columns);

/// <summary>Reads the tables, columns and foreign keys of both sides from their own catalogs.</summary>
internal static class CopyCatalog
{
    /// <summary>EF's bookkeeping: each side writes its own when it migrates, with its own migration ids.</summary>
    public static readonly IReadOnlySet<string> MigrationTables =
        new HashSet<string>(["__EFMigrationsHistory", "__EFMigrationsLock"], StringComparer.OrdinalIgnoreCase);

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static async Task<IReadOnlyList<CatalogTable>> ReadSqliteAsync(SqliteConnection source, SqliteTransaction snapshot, CancellationToken ct)
    {
        var names = new List<string>();
        await using (var command = source.CreateCommand())
        {
            command.Transaction = snapshot;
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                names.Add(reader.GetString(0));
            }
        }

        var tables = new List<CatalogTable>();
        foreach (var name in names.Where(n => !MigrationTables.Contains(n)))
        {
            await using var command = source.CreateCommand();
            command.Transaction = snapshot;
            command.CommandText = "SELECT name, type FROM pragma_table_info($table) ORDER BY cid";
            command.Parameters.AddWithValue("$table", name);
            var columns = new List<CatalogColumn>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                columns.Add(new CatalogColumn(reader.GetString(0), reader.GetString(1)));
            }

            tables.Add(new CatalogTable(name, columns));
        }

        return tables;
    }

    /// <summary>The base tables of the connection's current schema, in column order.</summary>
    public static async Task<IReadOnlyList<CatalogTable>> ReadPostgreSqlAsync(NpgsqlConnection target, CancellationToken ct)
    {
        const string sql = """
            SELECT c.table_name, c.column_name, c.udt_name
            FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
            WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
            ORDER BY c.table_name, c.ordinal_position
            """;
        var columns = new List<(string Table, CatalogColumn Column)>();
        await using (var command = new NpgsqlCommand(sql, target))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                columns.Add((reader.GetString(0), new CatalogColumn(reader.GetString(1), reader.GetString(2))));
            }
        }

        return columns.GroupBy(c => c.Table, StringComparer.Ordinal)
            .Where(g => !MigrationTables.Contains(g.Key))
            .Select(g => new CatalogTable(g.Key, g.Select(c => c.Column).ToList()))
            .ToList();
    }

    /// <summary>(child, parent) for every foreign key of the current schema, EF's and Quartz's alike.</summary>
    public static async Task<IReadOnlyList<(string Child, string Parent)>> ReadForeignKeysAsync(NpgsqlConnection target, CancellationToken ct)
    {
        const string sql = """
            SELECT child.relname, parent.relname
            FROM pg_constraint k
            JOIN pg_class child ON child.oid = k.conrelid
            JOIN pg_class parent ON parent.oid = k.confrelid
            JOIN pg_namespace n ON n.oid = child.relnamespace
            WHERE k.contype = 'f' AND n.nspname = current_schema()
            """;
        var keys = new List<(string, string)>();
        await using var command = new NpgsqlCommand(sql, target);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            keys.Add((reader.GetString(0), reader.GetString(1)));
        }

        return keys;
    }

    /// <summary>Every base table of the current schema with rows (EF's migration history aside), with its count.</summary>
    public static async Task<IReadOnlyList<(string Table, long Rows)>> ReadTablesWithRowsAsync(NpgsqlConnection target, CancellationToken ct)
    {
        var tables = new List<string>();
        await using (var command = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name", target))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var withRows = new List<(string, long)>();
        foreach (var table in tables.Where(t => !MigrationTables.Contains(t)))
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM {Quote(table)}", target);
            if ((long)(await count.ExecuteScalarAsync(ct))! is var rows and > 0)
            {
                withRows.Add((table, rows));
            }
        }

        return withRows;
    }
}
