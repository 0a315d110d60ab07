using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.ResponseClock;
using Microsoft.EntityFrameworkCore;

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
/// The scheduler's SQL. Written by hand so every query says <c>AwaitingResponse = 1</c> literally: that is what lets
/// SQLite use the partial indexes IX_Tickets_LiveAtRiskFrom and IX_Tickets_LiveDue (a bare boolean would not match
/// their filter), so planning reads one index entry per threshold, whatever the number of open clocks. On PostgreSQL
/// the column is a boolean and those indexes filter on <c>"AwaitingResponse"</c> itself, so its statements (beside
/// each SQLite one, with quoted names, as PostgreSQL folds unquoted ones to lower case) test the bare column.
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

        var postgreSql = db.Database.IsNpgsql();
        var atRisk = await FirstAsync(db.Database.SqlQuery<long>(postgreSql
            ? (FormattableString)$"SELECT \"ResponseAtRiskFromUtcTicks\" AS \"Value\" FROM \"Tickets\" WHERE \"AwaitingResponse\" AND \"ResponseAtRiskFromUtcTicks\" > {nowTicks} ORDER BY \"ResponseAtRiskFromUtcTicks\" LIMIT 1"
            : $"SELECT ResponseAtRiskFromUtcTicks AS Value FROM Tickets WHERE AwaitingResponse = 1 AND ResponseAtRiskFromUtcTicks > {nowTicks} ORDER BY ResponseAtRiskFromUtcTicks LIMIT 1"),
            cancellationToken);
        var due = await FirstAsync(db.Database.SqlQuery<long>(postgreSql
            ? (FormattableString)$"SELECT \"ResponseDueUtcTicks\" AS \"Value\" FROM \"Tickets\" WHERE \"AwaitingResponse\" AND \"ResponseDueUtcTicks\" > {limit} ORDER BY \"ResponseDueUtcTicks\" LIMIT 1"
            : $"SELECT ResponseDueUtcTicks AS Value FROM Tickets WHERE AwaitingResponse = 1 AND ResponseDueUtcTicks > {limit} ORDER BY ResponseDueUtcTicks LIMIT 1"),
            cancellationToken);
        var held = await FirstAsync(db.Database.SqlQuery<long>(postgreSql
            ? (FormattableString)$"SELECT \"SendAfterUtcTicks\" AS \"Value\" FROM \"EscalationMails\" WHERE \"Status\" = {(int)EscalationMailStatus.Held} AND \"SendAfterUtcTicks\" > {nowTicks} ORDER BY \"SendAfterUtcTicks\" LIMIT 1"
            : $"SELECT SendAfterUtcTicks AS Value FROM EscalationMails WHERE Status = {(int)EscalationMailStatus.Held} AND SendAfterUtcTicks > {nowTicks} ORDER BY SendAfterUtcTicks LIMIT 1"),
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
        if (db.Database.IsNpgsql())
        {
            return db.Database.SqlQuery<DueClock>($"""
                SELECT t."Id" AS "TicketId", t."ResponseClockStartedUtcTicks" AS "ClockStartedUtcTicks", t."ResponseDueUtcTicks" AS "DueUtcTicks",
                       t."AssigneeAgentId" AS "AssigneeAgentId", t."Subject" AS "Subject"
                FROM "Tickets" t
                WHERE t."AwaitingResponse" AND t."ResponseDueUtcTicks" <= {limit}
                  AND NOT EXISTS (SELECT 1 FROM "Escalations" e WHERE e."TicketId" = t."Id"
                                  AND e."ClockStartedUtcTicks" = t."ResponseClockStartedUtcTicks" AND e."Threshold" = {(int)EscalationThreshold.Breached})
                """).ToListAsync(cancellationToken);
        }

        return db.Database.SqlQuery<DueClock>($"""
            SELECT t.Id AS TicketId, t.ResponseClockStartedUtcTicks AS ClockStartedUtcTicks, t.ResponseDueUtcTicks AS DueUtcTicks,
                   t.AssigneeAgentId AS AssigneeAgentId, t.Subject AS Subject
            FROM Tickets t
            WHERE t.AwaitingResponse = 1 AND t.ResponseDueUtcTicks <= {limit}
              AND NOT EXISTS (SELECT 1 FROM Escalations e WHERE e.TicketId = t.Id
                              AND e.ClockStartedUtcTicks = t.ResponseClockStartedUtcTicks AND e.Threshold = {(int)EscalationThreshold.Breached})
            """).ToListAsync(cancellationToken);
    }

    /// <summary>Live clocks at risk at <paramref name="now"/> without an at-risk notice (breached ones included).</summary>
    public static Task<List<DueClock>> AtRiskAsync(HelpdeskDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var nowTicks = now.UtcTicks;
        if (db.Database.IsNpgsql())
        {
            return db.Database.SqlQuery<DueClock>($"""
                SELECT t."Id" AS "TicketId", t."ResponseClockStartedUtcTicks" AS "ClockStartedUtcTicks", t."ResponseDueUtcTicks" AS "DueUtcTicks",
                       t."AssigneeAgentId" AS "AssigneeAgentId", t."Subject" AS "Subject"
                FROM "Tickets" t
                WHERE t."AwaitingResponse" AND t."ResponseAtRiskFromUtcTicks" <= {nowTicks}
                  AND NOT EXISTS (SELECT 1 FROM "Escalations" e WHERE e."TicketId" = t."Id"
                                  AND e."ClockStartedUtcTicks" = t."ResponseClockStartedUtcTicks" AND e."Threshold" = {(int)EscalationThreshold.AtRisk})
                """).ToListAsync(cancellationToken);
        }

        return db.Database.SqlQuery<DueClock>($"""
            SELECT t.Id AS TicketId, t.ResponseClockStartedUtcTicks AS ClockStartedUtcTicks, t.ResponseDueUtcTicks AS DueUtcTicks,
                   t.AssigneeAgentId AS AssigneeAgentId, t.Subject AS Subject
            FROM Tickets t
            WHERE t.AwaitingResponse = 1 AND t.ResponseAtRiskFromUtcTicks <= {nowTicks}
              AND NOT EXISTS (SELECT 1 FROM Escalations e WHERE e.TicketId = t.Id
                              AND e.ClockStartedUtcTicks = t.ResponseClockStartedUtcTicks AND e.Threshold = {(int)EscalationThreshold.AtRisk})
            """).ToListAsync(cancellationToken);
    }

    private static async Task<long?> FirstAsync(IQueryable<long> query, CancellationToken cancellationToken)
    {
        var rows = await query.ToListAsync(cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    private static long Min(long? a, long b) => a is { } x && x < b ? x : b;
}
