using System.Data;
using System.Data.Common;
using HelpdeskDashboard.Features.Notifications;

namespace HelpdeskDashboard.Features.TierRecalculation;

/// <summary>
/// The batch on PostgreSQL as one statement per step, its rows passed as arrays and unnested: a row at a time costs a
/// network round trip each, three per customer, which made 1,000,000 customers take minutes (docs/performance.md).
/// </summary>
internal sealed class ArrayTierBatchWriter(DbConnection connection, DbTransaction transaction) : TierBatchWriter
{
    public override async Task<HashSet<int>> InsertAssignmentsAsync(IReadOnlyList<TierDecision> decisions, CalendarQuarter quarter, long nowTicks, CancellationToken ct)
    {
        await using var command = Command("""
            INSERT INTO "TierAssignments" ("CustomerId", "Year", "Quarter", "TurnoverCents", "Tier", "PreviousTier", "Reason", "CreatedUtcTicks")
            SELECT t.customer, @year, @quarter, t.turnover, t.tier, t.previous, t.reason, @now
            FROM unnest(@customers, @turnovers, @tiers, @previous, @reasons) AS t(customer, turnover, tier, previous, reason)
            ON CONFLICT ("CustomerId", "Year", "Quarter") DO NOTHING
            RETURNING "CustomerId"
            """,
            ("@year", quarter.Year), ("@quarter", quarter.Number), ("@now", nowTicks),
            ("@customers", decisions.Select(d => d.CustomerId).ToArray()),
            ("@turnovers", decisions.Select(d => d.TurnoverCents).ToArray()),
            ("@tiers", decisions.Select(d => d.Tier.ToString()).ToArray()),
            ("@previous", decisions.Select(d => d.PreviousTier?.ToString()).ToArray()),
            ("@reasons", decisions.Select(d => d.Reason.ToString()).ToArray()));
        var inserted = new HashSet<int>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            inserted.Add(reader.GetInt32(0));
        }

        return inserted;
    }

    public override async Task<int> InsertMailsAsync(IReadOnlyList<TierMail> mails, long nowTicks, CancellationToken ct)
    {
        if (mails.Count == 0)
        {
            return 0;
        }

        await using var command = Command("""
            INSERT INTO "OutboxMessages" ("To", "Subject", "HtmlBody", "TextBody", "CreatedUtcTicks", "Status", "Attempts", "NextAttemptUtcTicks", "DeduplicationKey")
            SELECT t.recipient, t.subject, t.html, t.text, @now, @status, 0, @now, t.key
            FROM unnest(@recipients, @subjects, @htmls, @texts, @keys) AS t(recipient, subject, html, text, key)
            ON CONFLICT ("DeduplicationKey") DO NOTHING
            """,
            ("@now", nowTicks), ("@status", nameof(OutboxStatus.Pending)),
            ("@recipients", mails.Select(m => m.To).ToArray()),
            ("@subjects", mails.Select(m => m.Mail.Subject).ToArray()),
            ("@htmls", mails.Select(m => m.Mail.HtmlBody).ToArray()),
            ("@texts", mails.Select(m => m.Mail.TextBody).ToArray()),
            ("@keys", mails.Select(m => m.DeduplicationKey).ToArray()));
        return await command.ExecuteNonQueryAsync(ct);
    }

    public override async Task SetCurrentTiersAsync(IReadOnlyList<TierDecision> decisions, long sinceTicks, CancellationToken ct)
    {
        if (decisions.Count == 0)
        {
            return;
        }

        await using var command = Command("""
            UPDATE "Customers" AS c SET "CurrentTier" = t.tier, "TierSinceUtcTicks" = @since
            FROM unnest(@customers, @tiers) AS t(customer, tier)
            WHERE c."Id" = t.customer AND c."CurrentTier" <> t.tier
            """,
            ("@since", sinceTicks),
            ("@customers", decisions.Select(d => d.CustomerId).ToArray()),
            ("@tiers", decisions.Select(d => d.Tier.ToString()).ToArray()));
        await command.ExecuteNonQueryAsync(ct);
    }

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

    // Arrays map to PostgreSQL arrays (int[] → integer[], string?[] → text[] with NULLs) without provider types here.
    private DbCommand Command(string sql, params (string Name, object Value)[] parameters) =>
        Command(connection, transaction, sql, parameters.Select(p => (p.Name, (DbType?)null, (object?)p.Value)));
}
