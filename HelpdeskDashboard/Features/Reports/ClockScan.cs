using System.Data.Common;
using System.Runtime.InteropServices;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Tiers;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Reports;

/// <summary>The columns of one finished clock a report groups and measures; read from the covering index only.</summary>
internal readonly record struct ScannedClock(Tier Tier, int? AgentId, int CustomerId, bool IsFirst, long BusinessTicks, bool HasTarget, bool IsBreached);

/// <summary>
/// One range scan of <c>IX_ResponseClocks_Report</c> (every column it reads is in the index, so SQLite never touches
/// the table) through a raw <see cref="DbDataReader"/>: EF materialisation would cost more than the scan at 250,000 rows.
/// </summary>
internal static class ClockScan
{
    // The tier as its enum number, computed by SQLite, so no string is allocated per row. Names as the model stores them.
    private static readonly string TierCase =
        "CASE \"TierAtStart\" " + string.Concat(Enum.GetValues<Tier>().Select(t => $"WHEN '{t}' THEN {(int)t} ")) + "ELSE -1 END";

    // SQLite stores booleans as integers and matches a partial index only on its filter's own spelling ("X" = 1);
    // PostgreSQL's column is a boolean and its partial indexes filter on the bare column.
    private static string AwaitingResponse(HelpdeskDbContext db) =>
        db.Database.IsNpgsql() ? "\"AwaitingResponse\"" : "\"AwaitingResponse\" = 1";

    // SQLite's index hints (INDEXED BY, NOT INDEXED) are benchmarked choices; PostgreSQL has no hints and plans by cost.
    private static string SqliteHint(HelpdeskDbContext db, string hint) => db.Database.IsNpgsql() ? "" : hint;

    public static async Task<List<ScannedClock>> StoppedBetweenAsync(
        HelpdeskDbContext db, long fromUtcTicks, long toUtcTicks, Tier? tier, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText =
                $"SELECT {TierCase}, \"AssigneeAgentId\", \"CustomerId\", \"IsFirstResponse\", \"BusinessTicks\", \"TargetTicks\" IS NOT NULL, \"IsBreached\" " +
                "FROM \"ResponseClocks\" " + SqliteHint(db, "INDEXED BY \"IX_ResponseClocks_Report\" ") +
                "WHERE \"StoppedUtcTicks\" >= @from AND \"StoppedUtcTicks\" < @to" +
                (tier is null ? "" : " AND \"TierAtStart\" = @tier");
            Add(command, "@from", fromUtcTicks);
            Add(command, "@to", toUtcTicks);
            if (tier is { } t)
            {
                Add(command, "@tier", t.ToString());
            }

            var rows = new List<ScannedClock>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(new ScannedClock(
                    (Tier)reader.GetInt32(0),
                    reader.IsDBNull(1) ? null : reader.GetInt32(1),
                    reader.GetInt32(2),
                    reader.GetBoolean(3),
                    reader.GetInt64(4),
                    reader.GetBoolean(5),
                    reader.GetBoolean(6)));
            }

            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Live clocks breached at the cutoff (<c>TicketSlaFields.BreachedIfDueAtOrBeforeUtcTicks</c>). Written
    /// <c>AwaitingResponse = 1</c> so SQLite uses the partial index on live due instants instead of reading every ticket
    /// (on PostgreSQL the bare boolean, its index's filter).
    /// </summary>
    public static async Task<int> LiveBreachedAsync(HelpdeskDbContext db, long cutoffUtcTicks, CancellationToken cancellationToken)
    {
        var count = 0;
        // COUNT is a bigint on PostgreSQL.
        await ReadAsync(db, $"SELECT COUNT(*) FROM \"Tickets\" WHERE {AwaitingResponse(db)} AND \"ResponseDueUtcTicks\" <= @cutoff",
            [("@cutoff", cutoffUtcTicks)], reader => count = checked((int)reader.GetInt64(0)), cancellationToken);
        return count;
    }

    /// <summary>When each live clock started (through the partial index of live tickets).</summary>
    public static async Task<List<long>> LiveStartsAsync(HelpdeskDbContext db, CancellationToken cancellationToken)
    {
        var starts = new List<long>();
        await ReadAsync(db,
            $"SELECT \"ResponseClockStartedUtcTicks\" FROM \"Tickets\" WHERE {AwaitingResponse(db)} AND \"ResponseClockStartedUtcTicks\" IS NOT NULL",
            [], reader => starts.Add(reader.GetInt64(0)), cancellationToken);
        return starts;
    }

    private static async Task ReadAsync(
        HelpdeskDbContext db, string sql, (string Name, object Value)[] parameters, Action<DbDataReader> row, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                Add(command, name, value);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                row(reader);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Finished clocks that were awaiting a reply at one of the ascending instants <paramref name="ends"/>
    /// (started at or before it, stopped after it). SQLite keeps only those: the latest end before a clock's stop must
    /// not precede its start. A plain table scan (NOT INDEXED): the start is in no index, and reading most rows through
    /// the stop-instant index costs ten times as much.
    /// </summary>
    public static async Task<List<(long Started, long Stopped)>> LiveAtSomeEndAsync(HelpdeskDbContext db, long[] ends, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            var latestEndBeforeStop = string.Concat(Enumerable.Range(0, ends.Length).Reverse()
                .Select(i => $"WHEN \"StoppedUtcTicks\" > @e{i} THEN @e{i} "));
            command.CommandText =
                "SELECT \"StartedUtcTicks\", \"StoppedUtcTicks\" FROM \"ResponseClocks\" " + SqliteHint(db, "NOT INDEXED ") +
                $"WHERE \"StoppedUtcTicks\" > @e0 AND \"StartedUtcTicks\" <= CASE {latestEndBeforeStop}ELSE -1 END";
            for (var i = 0; i < ends.Length; i++)
            {
                Add(command, $"@e{i}", ends[i]);
            }

            var rows = new List<(long, long)>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetInt64(0), reader.GetInt64(1)));
            }

            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

/// <summary>Counts and business times of one group of clocks; <see cref="ToRow"/> sorts them once for the percentiles.</summary>
internal sealed class ClockGroup
{
    private readonly List<long> _all = [];
    private readonly List<long> _first = [];

    public int WithTarget { get; private set; }

    public int Breached { get; private set; }

    public int Measured => _all.Count;

    public void Add(in ScannedClock clock)
    {
        _all.Add(clock.BusinessTicks);
        if (clock.IsFirst)
        {
            _first.Add(clock.BusinessTicks);
        }

        if (clock.HasTarget)
        {
            WithTarget++;
            if (clock.IsBreached)
            {
                Breached++;
            }
        }
    }

    public SlaRow ToRow(ReportGroup group, string key, string label)
    {
        var all = CollectionsMarshal.AsSpan(_all);
        var first = CollectionsMarshal.AsSpan(_first);
        all.Sort();
        first.Sort();
        var met = WithTarget - Breached;
        return new SlaRow(
            group, key, label, _all.Count, WithTarget, met, Breached, Share(met, WithTarget), _first.Count,
            Percentile.Time(first, 0.5), Percentile.Time(first, 0.9), Percentile.Time(all, 0.5), Percentile.Time(all, 0.9));
    }

    /// <summary>The median of the business times (for the customer's record).</summary>
    public TimeSpan? Median()
    {
        var all = CollectionsMarshal.AsSpan(_all);
        all.Sort();
        return Percentile.Time(all, 0.5);
    }

    public static double? Share(int met, int withTarget) => withTarget == 0 ? null : (double)met / withTarget;
}
