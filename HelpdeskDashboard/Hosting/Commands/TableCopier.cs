using Microsoft.Data.Sqlite;
using Npgsql;
using static HelpdeskDashboard.Hosting.Commands.CopyCatalog;

namespace HelpdeskDashboard.Hosting.Commands;

/// <summary>
/// Copies one table from a SQLite reader into PostgreSQL's binary COPY, one row in memory at a time (the orders table
/// may hold millions), checksumming the converted values on the way; then reads the target back for its checksum.
/// </summary>
internal static class TableCopier
{
    public static async Task<RowChecksum> CopyAsync(
        SqliteConnection source, SqliteTransaction snapshot, NpgsqlConnection target, TableCopy table, CancellationToken ct)
    {
        var columns = table.Columns;
        await using var select = source.CreateCommand();
        select.Transaction = snapshot;
        select.CommandText = $"SELECT {string.Join(", ", columns.Select(c => Quote(c.SourceName)))} FROM {Quote(table.SourceName)}";
        await using var reader = await select.ExecuteReaderAsync(ct);

        var copy = $"COPY {Quote(table.TargetName)} ({string.Join(", ", columns.Select(c => Quote(c.Target.Name)))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await target.BeginBinaryImportAsync(copy, ct);
        var checksum = new RowChecksum();
        var values = new object?[columns.Count];
        while (await reader.ReadAsync(ct))
        {
            await importer.StartRowAsync(ct);
            for (var i = 0; i < columns.Count; i++)
            {
                values[i] = reader.IsDBNull(i) ? null : Convert(reader.GetValue(i), table, columns[i]);
                if (values[i] is { } value)
                {
                    await importer.WriteAsync(value, columns[i].Target.TypeName, ct);
                }
                else
                {
                    await importer.WriteNullAsync(ct);
                }
            }

            checksum.Add(values);
        }

        await importer.CompleteAsync(ct);
        return checksum;
    }

    /// <summary>The target's rows of <paramref name="table"/>, read back as the same .NET types the copy wrote.</summary>
    public static async Task<RowChecksum> ChecksumTargetAsync(NpgsqlConnection target, TableCopy table, CancellationToken ct)
    {
        var columns = table.Columns;
        await using var select = new NpgsqlCommand(
            $"SELECT {string.Join(", ", columns.Select(c => Quote(c.Target.Name)))} FROM {Quote(table.TargetName)}", target);
        await using var reader = await select.ExecuteReaderAsync(ct);
        var checksum = new RowChecksum();
        var values = new object?[columns.Count];
        while (await reader.ReadAsync(ct))
        {
            for (var i = 0; i < columns.Count; i++)
            {
                values[i] = reader.IsDBNull(i) ? null : columns[i].Type.Read(reader, i);
            }

            checksum.Add(values);
        }

        return checksum;
    }

    private static object Convert(object value, TableCopy table, CopyColumn column)
    {
        try
        {
            return column.Type.FromSqlite(value);
        }
        catch (Exception error) when (error is FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            throw new CopyFailedException(
                $"{table.SourceName}.{column.SourceName}: the value '{value}' cannot become {column.Target.TypeName} ({error.Message})", error);
        }
    }
}

/// <summary>A problem the command reports in one line, instead of a stack trace.</summary>
internal sealed class CopyFailedException(string message, Exception? inner = null) : Exception(message, inner);
