using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Reports;

/// <summary>
/// The last company months per tier (counts from <c>GROUP BY StoppedMonth, TierAtStart</c> on the trend index) and the
/// backlog of clocks awaiting a reply at each month's end (now for the current month): finished clocks that were live
/// then, plus the clocks still live now that had started by then.
/// </summary>
public sealed class SlaTrendQuery(
    IDbContextFactory<HelpdeskDbContext> dbFactory,
    ICurrentUser currentUser,
    CompanyClock companyClock,
    TimeProvider timeProvider,
    TierCatalog catalog)
{
    public const int MaxMonths = 36;

    /// <summary>The last months' trend, current month last (managers only).</summary>
    public async Task<CommandResult<SlaTrend>> GetAsync(int months, CancellationToken cancellationToken = default)
    {
        if (!await currentUser.IsAuthorizedAsync(Policies.Manager))
        {
            return CommandResult<SlaTrend>.Denied(SlaReportQuery.ManagersOnly);
        }

        if (months is < 1 or > MaxMonths)
        {
            return CommandResult<SlaTrend>.Invalid([$"A trend covers 1 to {MaxMonths} months."]);
        }

        var now = timeProvider.GetUtcNow();
        var spans = CompanyMonths.Last(companyClock, months);
        var ends = spans.Select(m => m.End < now ? m.End : now).ToArray();
        var firstKey = spans[0].Key;
        var lastKey = spans[^1].Key;

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var counts = (await db.ResponseClocks.AsNoTracking()
                .Where(r => r.StoppedMonth >= firstKey && r.StoppedMonth <= lastKey)
                .GroupBy(r => new { r.StoppedMonth, r.TierAtStart })
                .Select(g => new
                {
                    g.Key.StoppedMonth,
                    g.Key.TierAtStart,
                    Measured = g.Count(),
                    WithTarget = g.Count(r => r.TargetTicks != null),
                    Breached = g.Count(r => r.IsBreached),
                })
                .ToListAsync(cancellationToken))
            .ToDictionary(x => (x.StoppedMonth, x.TierAtStart));

        var spanning = await ClockScan.LiveAtSomeEndAsync(db, ends.Select(e => e.UtcTicks).ToArray(), cancellationToken);
        var live = await ClockScan.LiveStartsAsync(db, cancellationToken);

        var backlog = new Backlog[spans.Count];
        for (var i = 0; i < spans.Count; i++)
        {
            backlog[i] = new Backlog();
        }

        foreach (var clock in spanning)
        {
            for (var i = 0; i < ends.Length; i++)
            {
                var end = ends[i].UtcTicks;
                if (clock.Started <= end && end < clock.Stopped)
                {
                    backlog[i].Add(end - clock.Started);
                }
            }
        }

        foreach (var started in live)
        {
            for (var i = 0; i < ends.Length; i++)
            {
                if (started <= ends[i].UtcTicks)
                {
                    backlog[i].Add(ends[i].UtcTicks - started);
                }
            }
        }

        var result = spans.Select((m, i) => new TrendMonth(
            m.Year,
            m.Month,
            catalog.All.Select(d => counts.TryGetValue((m.Key, d.Tier), out var c)
                ? new TrendPoint(d.Tier, c.Measured, c.WithTarget, c.WithTarget - c.Breached, c.Breached, ClockGroup.Share(c.WithTarget - c.Breached, c.WithTarget))
                : new TrendPoint(d.Tier, 0, 0, 0, 0, null)).ToList(),
            backlog[i].ToRecord())).ToList();
        return CommandResult<SlaTrend>.Ok(new SlaTrend(result));
    }

    private sealed class Backlog
    {
        private readonly int[] _buckets = new int[4];

        /// <summary>Calendar time waited: under a day, 1–3 days, 3–7 days, 7 days or more.</summary>
        public void Add(long ageTicks) => _buckets[ageTicks switch
        {
            < TimeSpan.TicksPerDay => 0,
            < 3 * TimeSpan.TicksPerDay => 1,
            < 7 * TimeSpan.TicksPerDay => 2,
            _ => 3,
        }]++;

        public BacklogByAge ToRecord() => new(_buckets[0], _buckets[1], _buckets[2], _buckets[3]);
    }
}

/// <summary>One company month: its year × 100 + month key (as <c>StoppedMonth</c>) and its instants [Start, End).</summary>
internal sealed record CompanyMonth(int Year, int Month, DateTimeOffset Start, DateTimeOffset End)
{
    public int Key => (Year * 100) + Month;
}

internal static class CompanyMonths
{
    /// <summary>The last <paramref name="months"/> company months, oldest first, the current month last.</summary>
    public static IReadOnlyList<CompanyMonth> Last(CompanyClock clock, int months)
    {
        var today = clock.Today;
        var current = new DateOnly(today.Year, today.Month, 1);
        return Enumerable.Range(0, months)
            .Select(i => current.AddMonths(i - months + 1))
            .Select(first => new CompanyMonth(first.Year, first.Month, clock.StartOfDay(first), clock.StartOfDay(first.AddMonths(1))))
            .ToList();
    }
}
