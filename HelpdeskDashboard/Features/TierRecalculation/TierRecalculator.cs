using System.Data.Common;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Features.TierRecalculation;

/// <summary>Progress of a run: customers handled so far out of those that needed a decision when it started.</summary>
public readonly record struct TierRecalculationProgress(int Done, int Total);

/// <summary>What a run did.</summary>
public sealed record TierRecalculationOutcome(int Assigned, int AlreadyAssigned, int Up, int Down, int Unchanged, int First, int EmailsWritten);

/// <summary>What the next quarter would look like if it were decided now.</summary>
public sealed record TierPreview(CalendarQuarter Quarter, int Customers, int Up, int Down, int Unchanged, int First, IReadOnlyList<TierDecision> Changes);

/// <summary>
/// Decides every customer's tier for a quarter and writes, per customer and in one transaction per batch, the
/// assignment, the customer's current tier and the notification mails. Customers already assigned for the quarter
/// are skipped, so a rerun after a crash finishes the rest and never writes anything twice.
/// </summary>
public sealed class TierRecalculator(
    IDbContextFactory<HelpdeskDbContext> dbFactory,
    TierCatalog catalog,
    CompanyClock clock,
    IOptions<TierRecalculationOptions> options,
    TimeProvider timeProvider)
{
    private const string CountUnassignedSql = """
        SELECT COUNT(*) FROM "Customers" AS c
        WHERE NOT EXISTS (SELECT 1 FROM "TierAssignments" AS a WHERE a."CustomerId" = c."Id" AND a."Year" = @year AND a."Quarter" = @quarter)
        """;

    private const string CountAssignedSql = """SELECT COUNT(*) FROM "TierAssignments" WHERE "Year" = @year AND "Quarter" = @quarter""";

    private readonly TierRule _rule = TierRule.FromOptions(options.Value);

    /// <summary>Test seam: called after each batch has been committed, with the number of customers written so far.</summary>
    internal Func<int, CancellationToken, Task>? AfterBatchCommitted { get; set; }

    public TierRule Rule => _rule;

    /// <summary>The turnover window for <paramref name="quarter"/>: [start of the window's first quarter, start of the quarter), UTC ticks.</summary>
    public (long FromTicks, long ToTicks) TurnoverWindow(CalendarQuarter quarter) =>
        (quarter.Offset(-options.Value.TurnoverWindowQuarters).StartIn(clock).UtcTicks, quarter.StartIn(clock).UtcTicks);

    public async Task<TierRecalculationOutcome> RecalculateAsync(
        CalendarQuarter quarter, IProgress<TierRecalculationProgress>? progress, CancellationToken cancellationToken)
    {
        var quarterStart = quarter.StartIn(clock);
        var now = timeProvider.GetUtcNow();
        if (quarterStart > now)
        {
            throw new InvalidOperationException($"{quarter} has not started yet; its turnover is not complete.");
        }

        // The customer's current tier follows the newest quarter only; catching up an older quarter must not move it back.
        var isCurrentQuarter = CalendarQuarter.Containing(now, clock) == quarter;

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // In WAL mode NORMAL skips the fsync per commit but keeps the file consistent; a batch lost to a power cut is
            // simply redone by the next run, which skips what was committed. (PostgreSQL: per batch, in WriteBatchAsync.)
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous = NORMAL;", cancellationToken);
        }

        var alreadyAssigned = await TierBatchSql.CountAsync(connection, CountAssignedSql, quarter, cancellationToken);
        var total = await TierBatchSql.CountAsync(connection, CountUnassignedSql, quarter, cancellationToken);
        progress?.Report(new TierRecalculationProgress(0, total));

        var counts = new Counter();
        var lastId = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var decisions = await DecideBatchAsync(connection, quarter, lastId, onlyUnassigned: true, cancellationToken);
            if (decisions.Count == 0)
            {
                break;
            }

            lastId = decisions[^1].Decision.CustomerId;
            await WriteBatchAsync(db, decisions, quarter, quarterStart.UtcTicks, isCurrentQuarter, counts, cancellationToken);
            progress?.Report(new TierRecalculationProgress(Math.Min(counts.Assigned + counts.Skipped, total), total));
            if (AfterBatchCommitted is { } hook)
            {
                await hook(counts.Assigned, cancellationToken);
            }
        }

        return new TierRecalculationOutcome(counts.Assigned, alreadyAssigned + counts.Skipped, counts.Up, counts.Down, counts.Unchanged, counts.First, counts.Emails);
    }

    /// <summary>Decides every customer for <paramref name="quarter"/> with turnover up to now, writing nothing.</summary>
    public async Task<TierPreview> PreviewAsync(CalendarQuarter quarter, int maxChangesListed, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);

        int customers = 0, up = 0, down = 0, unchanged = 0, first = 0;
        var changes = new List<TierDecision>();
        var lastId = 0;
        while (true)
        {
            var batch = await DecideBatchAsync(connection, quarter, lastId, onlyUnassigned: false, cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            lastId = batch[^1].Decision.CustomerId;
            foreach (var (decision, _, _) in batch)
            {
                customers++;
                switch (decision.Change)
                {
                    case TierChange.Up: up++; break;
                    case TierChange.Down: down++; break;
                    case TierChange.First: first++; break;
                    default: unchanged++; break;
                }

                if (decision.Change is TierChange.Up or TierChange.Down && changes.Count < maxChangesListed)
                {
                    changes.Add(decision);
                }
            }
        }

        return new TierPreview(quarter, customers, up, down, unchanged, first, changes);
    }

    private async Task<List<(TierDecision Decision, string ContactEmail, List<TierBatchSql.UserRow> Users)>> DecideBatchAsync(
        DbConnection connection, CalendarQuarter quarter, int afterId, bool onlyUnassigned, CancellationToken ct)
    {
        var customers = await TierBatchSql.NextCustomersAsync(connection, afterId, options.Value.BatchSize, quarter, onlyUnassigned, ct);
        if (customers.Count == 0)
        {
            return [];
        }

        var (firstId, lastId) = (customers[0].Id, customers[^1].Id);
        var (fromTicks, toTicks) = TurnoverWindow(quarter);
        // A preview of a quarter still running counts turnover up to now.
        toTicks = Math.Min(toTicks, timeProvider.GetUtcNow().UtcTicks);
        var turnover = await TierBatchSql.TurnoverAsync(connection, firstId, lastId, fromTicks, toTicks, ct);
        var previous = await TierBatchSql.AssignmentsAsync(connection, firstId, lastId, quarter.Previous(), ct);
        var users = await TierBatchSql.UsersAsync(connection, firstId, lastId, ct);
        var quarterStartTicks = quarter.StartIn(clock).UtcTicks;

        var result = new List<(TierDecision, string, List<TierBatchSql.UserRow>)>(customers.Count);
        foreach (var customer in customers)
        {
            var cents = turnover.GetValueOrDefault(customer.Id);
            var subscription = TierRule.ActiveAt(customer.Plan, customer.SubscriptionStart, customer.SubscriptionEnd, quarterStartTicks);
            var (tier, reason) = _rule.Decide(cents, subscription);
            var before = previous.TryGetValue(customer.Id, out var p) ? p : ((Tier, long)?)null;
            result.Add((new TierDecision(customer.Id, customer.CompanyName, cents, tier, before?.Item1, before?.Item2, reason),
                customer.ContactEmail, users[customer.Id].ToList()));
        }

        return result;
    }

    private async Task WriteBatchAsync(
        HelpdeskDbContext db,
        List<(TierDecision Decision, string ContactEmail, List<TierBatchSql.UserRow> Users)> batch,
        CalendarQuarter quarter, long quarterStartTicks, bool isCurrentQuarter, Counter counts, CancellationToken ct)
    {
        var nowTicks = timeProvider.GetUtcNow().UtcTicks;
        await using var transaction = await db.Database.BeginWriteTransactionAsync(ct);
        if (db.Database.IsNpgsql())
        {
            // PostgreSQL's counterpart of synchronous = NORMAL, for this transaction only: the commit does not wait for
            // the WAL flush, and a batch lost to a crash is redone by the next run like one that never committed.
            await db.Database.ExecuteSqlRawAsync("SET LOCAL synchronous_commit = off", ct);
        }

        var dbTransaction = transaction.GetDbTransaction();
        var added = new Counter();
        await using (var writer = TierBatchWriter.Open(db.Database.GetDbConnection(), dbTransaction))
        {
            var inserted = await writer.InsertAssignmentsAsync(batch.ConvertAll(b => b.Decision), quarter, nowTicks, ct);
            added.Skipped += batch.Count - inserted.Count;
            var mails = new List<TierMail>();
            var decided = new List<TierDecision>(inserted.Count);
            foreach (var (decision, contactEmail, users) in batch.Where(b => inserted.Contains(b.Decision.CustomerId)))
            {
                added.Count(decision.Change);
                decided.Add(decision);
                var mail = TierEmail.Compose(decision, quarter, catalog, _rule, options.Value.TurnoverWindowQuarters);
                mails.Add(new TierMail(contactEmail, mail, TierEmail.DeduplicationKey(decision.CustomerId, quarter)));
                mails.AddRange(users
                    .Where(u => !string.Equals(u.Email, contactEmail, StringComparison.OrdinalIgnoreCase))
                    .Select(u => new TierMail(u.Email, mail, TierEmail.DeduplicationKey(decision.CustomerId, quarter, u.Id))));
            }

            added.Emails += await writer.InsertMailsAsync(mails, nowTicks, ct);
            if (isCurrentQuarter)
            {
                await writer.SetCurrentTiersAsync(decided, quarterStartTicks, ct);
            }
        }

        await transaction.CommitAsync(ct);
        counts.Add(added);
    }

    private sealed class Counter
    {
        public int Assigned { get; set; }

        public int Skipped { get; set; }

        public int Up { get; set; }

        public int Down { get; set; }

        public int Unchanged { get; set; }

        public int First { get; set; }

        public int Emails { get; set; }

        public void Count(TierChange change)
        {
            Assigned++;
            switch (change)
            {
                case TierChange.Up: Up++; break;
                case TierChange.Down: Down++; break;
                case TierChange.First: First++; break;
                default: Unchanged++; break;
            }
        }

        public void Add(Counter other)
        {
            Assigned += other.Assigned;
            Skipped += other.Skipped;
            Up += other.Up;
            Down += other.Down;
            Unchanged += other.Unchanged;
            First += other.First;
            Emails += other.Emails;
        }
    }
}
