using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HelpdeskDashboard.Data;

/// <summary>
/// Switches every opened SQLite connection to write-ahead logging, so the Blazor circuits can read
/// while a background job writes. Waiting for a lock comes from "Default Timeout" in the connection string.
/// </summary>
public sealed class SqliteWriteAheadLogInterceptor : DbConnectionInterceptor
{
    private const string EnableWal = "PRAGMA journal_mode=WAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = EnableWal;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = EnableWal;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
