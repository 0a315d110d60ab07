using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.ResponseClock;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace HelpdeskDashboard.Features.Escalations;

/// <summary>A live clock that crossed a threshold and has no notice for it yet.</summary>
public sealed class DueClock
{
    public int TicketId { get; set; }

    public long ClockStartedUtcTicks { get; set; }

    /// <summary>Null only for a paused clock, which never crosses a threshold.</summary>
    public long? DueUtcTicks { get; set; }

    public int? AssigneeAgentId { get; set; }

    public string Subject { get; set; } = "";
}

/// <summary>
/// The scheduler's SQL. Written by hand so every query states the live-clock test literally as each engine's partial
/// indexes (IX_Tickets_LiveAtRiskFrom, IX_Tickets_LiveDue) state it in their filter: <c>"AwaitingResponse" = 1</c> on
/// SQLite (a bare boolean would not match it), the bare boolean column on PostgreSQL. So planning reads one index entry
/// per threshold, whatever the number of open clocks. One statement per query, names quoted for both engines.
/// </summary>
public static class EscalationPlanner
{
    /// <summary>
    /// The next instant something is due after <paramref name="now"/>: a live clock becoming at risk, one breaching
    /// (one tick of business time after its due instant, as the engine counts), or a held e-mail's release; null when
    /// nothing is pending. Assumes everything due at <paramref name="now"/> was processed.
    /// </summary>
    public static async Task<DateTimeOffset?> NextInstantAsync(
        HelpdeskDbContext db, BusinessCalendar calendar, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(calendar);
        var nowTicks = now.UtcTicks;
        var limit = TicketSlaFields.BreachedIfDueAtOrBeforeUtcTicks(calendar, now);
        var atRisk = await FirstAsync(db.Database.SqlQueryRaw<long>(
            Statement(db.Database, """SELECT t."ResponseAtRiskFromUtcTicks" AS "Value" FROM "Tickets" t WHERE LIVE_CLOCK AND t."ResponseAtRiskFromUtcTicks" > {0} ORDER BY t."ResponseAtRiskFromUtcTicks" LIMIT 1"""),
            nowTicks), cancellationToken);
        var due = await FirstAsync(db.Database.SqlQueryRaw<long>(
            Statement(db.Database, """SELECT t."ResponseDueUtcTicks" AS "Value" FROM "Tickets" t WHERE LIVE_CLOCK AND t."ResponseDueUtcTicks" > {0} ORDER BY t."ResponseDueUtcTicks" LIMIT 1"""),
            limit), cancellationToken);
        var held = await FirstAsync(db.Database.SqlQuery<long>(
            $"""SELECT "SendAfterUtcTicks" AS "Value" FROM "EscalationMails" WHERE "Status" = {(int)EscalationMailStatus.Held} AND "SendAfterUtcTicks" > {nowTicks} ORDER BY "SendAfterUtcTicks" LIMIT 1"""),
            cancellationToken);

        var next = atRisk;
        if (due is { } d)
        {
            next = Min(next, calendar.AddBusinessTime(TicketSlaEvents.Instant(d), TimeSpan.FromTicks(1)).UtcTicks);
        }

        next = held is { } h ? Min(next, h) : next;
        return next is { } ticks ? TicketSlaEvents.Instant(ticks) : null;
    }

    /// <summary>Live clocks breached at <paramref name="now"/> without a breach notice.</summary>
    public static Task<List<DueClock>> BreachedAsync(HelpdeskDbContext db, BusinessCalendar calendar, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var limit = TicketSlaFields.BreachedIfDueAtOrBeforeUtcTicks(calendar, now);
        return WithoutNoticeAsync(db, "ResponseDueUtcTicks", limit, EscalationThreshold.Breached, cancellationToken);
    }

    /// <summary>Live clocks at risk at <paramref name="now"/> without an at-risk notice (breached ones included).</summary>
    public static Task<List<DueClock>> AtRiskAsync(HelpdeskDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return WithoutNoticeAsync(db, "ResponseAtRiskFromUtcTicks", now.UtcTicks, EscalationThreshold.AtRisk, cancellationToken);
    }

    // column is one of the two threshold columns above, never input.
    private static Task<List<DueClock>> WithoutNoticeAsync(
        HelpdeskDbContext db, string column, long atOrBeforeTicks, EscalationThreshold threshold, CancellationToken cancellationToken)
    {
        var sql = Statement(db.Database, """
            SELECT t."Id" AS "TicketId", t."ResponseClockStartedUtcTicks" AS "ClockStartedUtcTicks", t."ResponseDueUtcTicks" AS "DueUtcTicks",
                   t."AssigneeAgentId" AS "AssigneeAgentId", t."Subject" AS "Subject"
            FROM "Tickets" t
            WHERE LIVE_CLOCK AND t."THRESHOLD_COLUMN" <= {0}
              AND NOT EXISTS (SELECT 1 FROM "Escalations" e WHERE e."TicketId" = t."Id"
                              AND e."ClockStartedUtcTicks" = t."ResponseClockStartedUtcTicks" AND e."Threshold" = {1})
            """).Replace("THRESHOLD_COLUMN", column, StringComparison.Ordinal);
        return db.Database.SqlQueryRaw<DueClock>(sql, atOrBeforeTicks, (int)threshold).ToListAsync(cancellationToken);
    }

    // The live-clock test as the engine's partial indexes state it; the values stay parameters ({0}, {1}).
    private static string Statement(DatabaseFacade database, string template) => template.Replace(
        "LIVE_CLOCK", database.IsNpgsql() ? "t.\"AwaitingResponse\"" : "t.\"AwaitingResponse\" = 1", StringComparison.Ordinal);

    private static async Task<long?> FirstAsync(IQueryable<long> query, CancellationToken cancellationToken)
    {
        var rows = await query.ToListAsync(cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    private static long Min(long? a, long b) => a is { } x && x < b ? x : b;
}
