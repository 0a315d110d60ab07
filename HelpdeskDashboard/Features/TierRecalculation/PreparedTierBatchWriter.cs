using System.Data;
using System.Data.Common;
using HelpdeskDashboard.Features.Notifications;

namespace HelpdeskDashboard.Features.TierRecalculation;

/// <summary>The batch as prepared single-row statements: cheap on embedded SQLite, one round trip each on a server.</summary>
internal sealed class PreparedTierBatchWriter(DbConnection connection, DbTransaction transaction) : TierBatchWriter
{
    private readonly DbCommand _insertAssignment = Prepare(connection, transaction, """
        INSERT INTO "TierAssignments" ("CustomerId", "Year", "Quarter", "TurnoverCents", "Tier", "PreviousTier", "Reason", "CreatedUtcTicks")
        VALUES (@customer, @year, @quarter, @turnover, @tier, @previous, @reason, @now)
        ON CONFLICT ("CustomerId", "Year", "Quarter") DO NOTHING
        """, ("@customer", DbType.Int32), ("@year", DbType.Int32), ("@quarter", DbType.Int32), ("@turnover", DbType.Int64),
        ("@tier", DbType.String), ("@previous", DbType.String), ("@reason", DbType.String), ("@now", DbType.Int64));

    private readonly DbCommand _insertMail = Prepare(connection, transaction, """
        INSERT INTO "OutboxMessages" ("To", "Subject", "HtmlBody", "TextBody", "CreatedUtcTicks", "Status", "Attempts", "NextAttemptUtcTicks", "DeduplicationKey")
        VALUES (@to, @subject, @html, @text, @now, @status, 0, @now, @key)
        ON CONFLICT ("DeduplicationKey") DO NOTHING
        """, ("@to", DbType.String), ("@subject", DbType.String), ("@html", DbType.String), ("@text", DbType.String),
        ("@now", DbType.Int64), ("@status", DbType.String), ("@key", DbType.String));

    private readonly DbCommand _updateCustomer = Prepare(connection, transaction, """
        UPDATE "Customers" SET "CurrentTier" = @tier, "TierSinceUtcTicks" = @since WHERE "Id" = @customer AND "CurrentTier" <> @tier
        """, ("@tier", DbType.String), ("@since", DbType.Int64), ("@customer", DbType.Int32));

    public override async Task<HashSet<int>> InsertAssignmentsAsync(IReadOnlyList<TierDecision> decisions, CalendarQuarter quarter, long nowTicks, CancellationToken ct)
    {
        var inserted = new HashSet<int>();
        foreach (var decision in decisions)
        {
            Set(_insertAssignment, decision.CustomerId, quarter.Year, quarter.Number, decision.TurnoverCents,
                decision.Tier.ToString(), decision.PreviousTier?.ToString(), decision.Reason.ToString(), nowTicks);
            if (await _insertAssignment.ExecuteNonQueryAsync(ct) == 1)
            {
                inserted.Add(decision.CustomerId);
            }
        }

        return inserted;
    }

    public override async Task<int> InsertMailsAsync(IReadOnlyList<TierMail> mails, long nowTicks, CancellationToken ct)
    {
        var added = 0;
        foreach (var mail in mails)
        {
            Set(_insertMail, mail.To, mail.Mail.Subject, mail.Mail.HtmlBody, mail.Mail.TextBody, nowTicks, nameof(OutboxStatus.Pending), mail.DeduplicationKey);
            added += await _insertMail.ExecuteNonQueryAsync(ct);
        }

        return added;
    }

    public override async Task SetCurrentTiersAsync(IReadOnlyList<TierDecision> decisions, long sinceTicks, CancellationToken ct)
    {
        foreach (var decision in decisions)
        {
            Set(_updateCustomer, decision.Tier.ToString(), sinceTicks, decision.CustomerId);
            await _updateCustomer.ExecuteNonQueryAsync(ct);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await _insertAssignment.DisposeAsync();
        await _insertMail.DisposeAsync();
        await _updateCustomer.DisposeAsync();
    }
}
