using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace HelpdeskDashboard.Data;

public static class WriteTransactions
{
    // Any constant: the one advisory lock every write transaction of the app takes.
    private const long PostgreSqlWriteLock = 0x4865_6C70_6465_736B; // "Helpdesk"

    /// <summary>
    /// Begins a transaction that holds the database's single write lock until it ends, for commands that read, check and
    /// write (a calendar save, an escalation pass, a tier batch): SQLite's BEGIN IMMEDIATE, and on PostgreSQL a
    /// transaction-scoped advisory lock, so those commands serialize the same way on both providers and across instances.
    /// </summary>
    public static async Task<IDbContextTransaction> BeginWriteTransactionAsync(this DatabaseFacade database, CancellationToken cancellationToken)
    {
        var transaction = await database.BeginTransactionAsync(cancellationToken);
        if (database.IsNpgsql())
        {
            await database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({PostgreSqlWriteLock})", cancellationToken);
        }

        return transaction;
    }
}
