using System.Data;
using System.Data.Common;
using HelpdeskDashboard.Features.Notifications;

using HelpdeskDashboard.Features.Tiers;

namespace HelpdeskDashboard.Features.TierRecalculation;

/// <summary>
/// Prepared inserts for one batch's transaction. An assignment that already exists is skipped (ON CONFLICT DO NOTHING
/// on the unique (customer, year, quarter) index), and its mails are written only when the assignment was, so a rerun or a
/// concurrent run can add neither a second assignment nor a second mail.
/// </summary>
internal sealed class TierBatchWriter : IAsyncDisposable
{
    private readonly DbCommand _insertAssignment;
    private readonly DbCommand _insertMail;
    private readonly DbCommand _updateCustomer;

    public TierBatchWriter(DbConnection connection, DbTransaction transaction)
    {
        _insertAssignment = Prepare(connection, transaction, """
            INSERT INTO "TierAssignments" ("CustomerId", "Year", "Quarter", "TurnoverCents", "Tier", "PreviousTier", "Reason", "CreatedUtcTicks")
            VALUES (@customer, @year, @quarter, @turnover, @tier, @previous, @reason, @now)
            ON CONFLICT ("CustomerId", "Year", "Quarter") DO NOTHING
            """, ("@customer", DbType.Int32), ("@year", DbType.Int32), ("@quarter", DbType.Int32), ("@turnover", DbType.Int64),
            ("@tier", DbType.String), ("@previous", DbType.String), ("@reason", DbType.String), ("@now", DbType.Int64));
        _insertMail = Prepare(connection, transaction, """
            INSERT INTO "OutboxMessages" ("To", "Subject", "HtmlBody", "TextBody", "CreatedUtcTicks", "Status", "Attempts", "NextAttemptUtcTicks", "DeduplicationKey")
            VALUES (@to, @subject, @html, @text, @now, @status, 0, @now, @key)
            ON CONFLICT ("DeduplicationKey") DO NOTHING
            """, ("@to", DbType.String), ("@subject", DbType.String), ("@html", DbType.String), ("@text", DbType.String),
            ("@now", DbType.Int64), ("@status", DbType.String), ("@key", DbType.String));
        _updateCustomer = Prepare(connection, transaction, """
            UPDATE "Customers" SET "CurrentTier" = @tier, "TierSinceUtcTicks" = @since WHERE "Id" = @customer AND "CurrentTier" <> @tier
            """, ("@tier", DbType.String), ("@since", DbType.Int64), ("@customer", DbType.Int32));
    }

    /// <summary>True when the assignment was new; false when the customer already had one for the quarter.</summary>
    public async Task<bool> TryInsertAssignmentAsync(TierDecision decision, CalendarQuarter quarter, long nowTicks, CancellationToken ct)
    {
        Set(_insertAssignment, decision.CustomerId, quarter.Year, quarter.Number, decision.TurnoverCents,
            decision.Tier.ToString(), decision.PreviousTier?.ToString(), decision.Reason.ToString(), nowTicks);
        return await _insertAssignment.ExecuteNonQueryAsync(ct) == 1;
    }

    public async Task<bool> TryInsertMailAsync(string to, TierEmail mail, string key, long nowTicks, CancellationToken ct)
    {
        Set(_insertMail, to, mail.Subject, mail.HtmlBody, mail.TextBody, nowTicks, nameof(OutboxStatus.Pending), key);
        return await _insertMail.ExecuteNonQueryAsync(ct) == 1;
    }

    /// <summary>Makes the customer's current tier the quarter's, effective from the quarter's first instant.</summary>
    public async Task SetCurrentTierAsync(int customerId, Tier tier, long sinceTicks, CancellationToken ct)
    {
        Set(_updateCustomer, tier.ToString(), sinceTicks, customerId);
        await _updateCustomer.ExecuteNonQueryAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _insertAssignment.DisposeAsync();
        await _insertMail.DisposeAsync();
        await _updateCustomer.DisposeAsync();
    }

    // Typed parameters: Npgsql prepares a statement only when it knows each parameter's type, and no value is set yet.
    private static DbCommand Prepare(DbConnection connection, DbTransaction transaction, string sql, params (string Name, DbType Type)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, type) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.DbType = type;
            parameter.Value = DBNull.Value;
            command.Parameters.Add(parameter);
        }

        command.Prepare();
        return command;
    }

    private static void Set(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
