using System.Data;
using System.Data.Common;
using Npgsql;

namespace HelpdeskDashboard.Features.TierRecalculation;

/// <summary>A mail of the recalculation, before it is written to the outbox.</summary>
internal sealed record TierMail(string To, TierEmail Mail, string DeduplicationKey);

/// <summary>
/// Writes one batch's decisions inside its transaction, in three steps: the assignments, then the mails of those that
/// were new, then the customers' current tier. An assignment that already exists is skipped (ON CONFLICT DO NOTHING on
/// the unique (customer, year, quarter) index) and so are its mails, so a rerun or a concurrent run can add neither a
/// second assignment nor a second mail; a mail whose deduplication key exists is skipped too.
/// </summary>
internal abstract class TierBatchWriter : IAsyncDisposable
{
    /// <summary>Row at a time on SQLite, where a statement costs no round trip; one statement per step on PostgreSQL.</summary>
    public static TierBatchWriter Open(DbConnection connection, DbTransaction transaction) => connection is NpgsqlConnection
        ? new ArrayTierBatchWriter(connection, transaction)
        : new PreparedTierBatchWriter(connection, transaction);

    /// <summary>Writes the assignments; returns the customers whose assignment was new.</summary>
    public abstract Task<HashSet<int>> InsertAssignmentsAsync(IReadOnlyList<TierDecision> decisions, CalendarQuarter quarter, long nowTicks, CancellationToken ct);

    /// <summary>Queues the mails; returns how many were new.</summary>
    public abstract Task<int> InsertMailsAsync(IReadOnlyList<TierMail> mails, long nowTicks, CancellationToken ct);

    /// <summary>Makes each customer's current tier the quarter's, effective from the quarter's first instant.</summary>
    public abstract Task SetCurrentTiersAsync(IReadOnlyList<TierDecision> decisions, long sinceTicks, CancellationToken ct);

    public abstract ValueTask DisposeAsync();

    /// <summary>A command in the batch's transaction; each parameter given a type (to prepare it) or a value.</summary>
    protected static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, IEnumerable<(string Name, DbType? Type, object? Value)> parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, type, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            if (type is { } known)
            {
                parameter.DbType = known;
            }

            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    // Typed parameters: Npgsql prepares a statement only when it knows each parameter's type, and no value is set yet.
    protected static DbCommand Prepare(DbConnection connection, DbTransaction transaction, string sql, params (string Name, DbType Type)[] parameters)
    {
        var command = Command(connection, transaction, sql, parameters.Select(p => (p.Name, (DbType?)p.Type, (object?)null)));
        command.Prepare();
        return command;
    }

    protected static void Set(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
