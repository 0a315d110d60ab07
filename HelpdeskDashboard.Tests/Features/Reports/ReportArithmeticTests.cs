using System.Globalization;
using HelpdeskDashboard.Features.Reports;
using HelpdeskDashboard.Features.Tiers;

namespace HelpdeskDashboard.Tests.Features.Reports;

/// <summary>
/// The "numbers are right by construction": every number of the reports equals a naive recomputation from the
/// engine's replay of each generated ticket's history (<see cref="ReportWorld"/>), for a month, a quarter and a range
/// across daylight-saving changes, the trend months and a customer's record.
/// </summary>
public sealed class ReportArithmeticTests(ReportWorld world) : IClassFixture<ReportWorld>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string> Periods => new()
    {
        "2026-03",                    // clocks change on 29 March
        "2025-Q4",                    // and back on 26 October
        "2025-10-20..2026-04-05",     // a range over both
        "2026-05",                    // the current month, up to now
    };

    [Fact]
    public void The_generator_wrote_the_clocks_the_replay_finds()
    {
        Assert.Equal(ReportWorld.GeneratedClocks, world.Generated.Clocks);
        Assert.Equal(ReportWorld.GeneratedClocks, world.Finished.Count);
        Assert.InRange(world.Generated.Tickets, 1_000, 2_500);
        Assert.Contains(world.Finished, c => c.IsBreached);
        Assert.Contains(world.Finished, c => c.HasTarget && !c.IsBreached);
        Assert.Contains(world.Finished, c => !c.HasTarget);
        Assert.Contains(world.Finished, c => c.AgentId is null);
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public async Task Tier_agent_and_customer_rows_equal_the_replayed_clocks(string text)
    {
        Assert.True(ReportPeriod.TryParse(text, out var period));
        var (start, end) = world.Instants(period.First, period.Last);
        var clocks = world.Finished.Where(c => c.StoppedUtcTicks >= start && c.StoppedUtcTicks < end).ToList();
        Assert.NotEmpty(clocks);

        var result = await world.ReportQuery().GetAsync(period, Cancel);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var report = result.Value!;
        AssertRow(Expected(clocks), report.Total);
        Assert.Equal(world.Catalog.All.Select(d => d.Tier.ToString()), report.Tiers.Select(r => r.Key));
        foreach (var row in report.Tiers)
        {
            AssertRow(Expected(clocks.Where(c => c.Tier.ToString() == row.Key)), row);
        }

        Assert.Equal(clocks.Select(c => AgentKey(c.AgentId)).Distinct().Order(), report.Agents.Select(r => r.Key).Order());
        foreach (var row in report.Agents)
        {
            AssertRow(Expected(clocks.Where(c => AgentKey(c.AgentId) == row.Key)), row);
            Assert.Equal(row.Key == "unassigned" ? "Unassigned" : world.AgentNames[int.Parse(row.Key, CultureInfo.InvariantCulture)], row.Label);
        }

        Assert.Equal(clocks.Select(c => Key(c.CustomerId)).Distinct().Order(), report.Customers.Select(r => r.Key).Order());
        foreach (var row in report.Customers)
        {
            AssertRow(Expected(clocks.Where(c => Key(c.CustomerId) == row.Key)), row);
            Assert.Equal(world.CustomerNames[int.Parse(row.Key, CultureInfo.InvariantCulture)], row.Label);
        }

        AssertWorstFirst(report.Agents);
        AssertWorstFirst(report.Customers);
        Assert.Equal(world.Live.Count(l => l.IsBreachedNow), report.StillOpenBreached);
    }

    [Fact]
    public async Task Trend_months_equal_the_replayed_clocks_and_backlog()
    {
        var result = await world.TrendQuery().GetAsync(12, Cancel);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var months = result.Value!.Months;
        Assert.Equal(12, months.Count);
        Assert.Equal((2026, 5), (months[^1].Year, months[^1].Month));
        Assert.Equal((2025, 6), (months[0].Year, months[0].Month));
        foreach (var month in months)
        {
            var first = new DateOnly(month.Year, month.Month, 1);
            var (start, end) = world.Instants(first, first.AddMonths(1).AddDays(-1));
            var clocks = world.Finished.Where(c => c.StoppedUtcTicks >= start && c.StoppedUtcTicks < end).ToList();
            Assert.Equal(world.Catalog.All.Select(d => d.Tier), month.Tiers.Select(p => p.Tier));
            foreach (var point in month.Tiers)
            {
                var expected = Expected(clocks.Where(c => c.Tier == point.Tier));
                Assert.Equal(
                    (expected.Measured, expected.WithTarget, expected.Met, expected.Breached, expected.ShareMet),
                    (point.Measured, point.WithTarget, point.Met, point.Breached, point.ShareMet));
            }

            var at = Math.Min(end, ReportWorld.Now.UtcTicks);
            var ages = world.Finished.Where(c => c.StartedUtcTicks <= at && at < c.StoppedUtcTicks).Select(c => at - c.StartedUtcTicks)
                .Concat(world.Live.Where(l => l.StartedUtcTicks <= at).Select(l => at - l.StartedUtcTicks))
                .Select(ticks => TimeSpan.FromTicks(ticks).TotalDays)
                .ToList();
            Assert.Equal(
                new BacklogByAge(ages.Count(d => d < 1), ages.Count(d => d is >= 1 and < 3), ages.Count(d => d is >= 3 and < 7), ages.Count(d => d >= 7)),
                month.Backlog);
        }

        Assert.Contains(months, m => m.Backlog.Total > 0);
    }

    [Theory]
    [InlineData(Tier.Gold, Tier.Platinum)]
    [InlineData(Tier.Basic, Tier.Gold)]
    [InlineData(Tier.Platinum, null)]
    public async Task A_customers_record_equals_their_replayed_clocks_and_the_next_tiers(Tier tier, Tier? next)
    {
        var months = new[] { (2026, 3), (2026, 4), (2026, 5) };
        var (start, _) = world.Instants(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));
        var (_, end) = world.Instants(new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 31));
        var customerId = world.Finished
            .Where(c => world.CurrentTiers[c.CustomerId] == tier && c.StoppedUtcTicks >= start && c.StoppedUtcTicks < end)
            .GroupBy(c => c.CustomerId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;

        var result = await world.RecordQuery(Tickets.Support.FakeCurrentUser.Customer(customerId)).GetAsync(3, Cancel);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var record = result.Value!;
        Assert.Equal(tier, record.Tier);
        Assert.Equal(world.Catalog.Get(tier).ResponseTarget, record.Target);
        Assert.Equal(months, record.Months.Select(m => (m.Year, m.Month)));
        var own = world.Finished.Where(c => c.CustomerId == customerId).ToList();
        foreach (var month in record.Months)
        {
            var first = new DateOnly(month.Year, month.Month, 1);
            var (from, to) = world.Instants(first, first.AddMonths(1).AddDays(-1));
            AssertRecordMonth(Expected(own.Where(c => c.StoppedUtcTicks >= from && c.StoppedUtcTicks < to)), month);
        }

        AssertRecordMonth(Expected(own.Where(c => c.StoppedUtcTicks >= start && c.StoppedUtcTicks < end)), record.Total);

        if (next is not { } nextTier)
        {
            Assert.Null(record.NextTier);
            return;
        }

        var theirs = Expected(world.Finished.Where(c => c.Tier == nextTier && c.StoppedUtcTicks >= start && c.StoppedUtcTicks < end));
        Assert.True(theirs.Measured >= 20, "enough clocks for the comparison in the generated data");
        Assert.Equal(
            new NextTierRecord(nextTier, world.Catalog.Get(nextTier).ResponseTarget!.Value, theirs.Measured, theirs.ShareMet!.Value, theirs.AllMedian!.Value),
            record.NextTier);
    }

    [Fact]
    public async Task The_drill_down_lists_exactly_the_clocks_behind_a_number_newest_first()
    {
        var period = ReportPeriod.Quarter(2025, 4);
        var (start, end) = world.Instants(period.First, period.Last);
        var clocks = world.Finished.Where(c => c.StoppedUtcTicks >= start && c.StoppedUtcTicks < end).ToList();
        var list = world.ListQuery();

        var breached = await list.GetAsync(new ClockFilter(period, Tier: Tier.Platinum, Outcome: ClockOutcome.Breached), Cancel);
        var expected = clocks.Where(c => c.Tier == Tier.Platinum && c.IsBreached).OrderByDescending(c => c.StoppedUtcTicks).ToList();
        Assert.Equal(expected.Count, breached.Value!.Total);
        Assert.Equal(expected.Take(ClockListQuery.PageSize).Select(c => (c.TicketId, c.StoppedUtcTicks)),
            breached.Value.Rows.Select(r => (r.TicketId, r.Stopped.UtcTicks)));
        Assert.All(breached.Value.Rows, r => Assert.True(r.IsBreached && r.Tier == Tier.Platinum && r.Subject.StartsWith("Finished ticket", StringComparison.Ordinal)));

        var unassigned = await list.GetAsync(new ClockFilter(period, AgentKey: "unassigned", FirstOnly: true), Cancel);
        Assert.Equal(clocks.Count(c => c.AgentId is null && c.IsFirst), unassigned.Value!.Total);
        Assert.All(unassigned.Value.Rows, r => Assert.Null(r.AgentName));

        var customer = clocks[0].CustomerId;
        var met = await list.GetAsync(new ClockFilter(period, CustomerId: customer, Outcome: ClockOutcome.Met), Cancel);
        Assert.Equal(clocks.Count(c => c.CustomerId == customer && c.HasTarget && !c.IsBreached), met.Value!.Total);

        var noTarget = await list.GetAsync(new ClockFilter(period, Outcome: ClockOutcome.NoTarget), Cancel);
        Assert.Equal(clocks.Count(c => !c.HasTarget), noTarget.Value!.Total);

        var all = clocks.OrderByDescending(c => c.StoppedUtcTicks).ThenByDescending(c => c.TicketId).ToList();
        var page2 = await list.GetAsync(new ClockFilter(period, Page: 2), Cancel);
        Assert.Equal(all.Count, page2.Value!.Total);
        Assert.Equal(all.Skip(50).Take(50).Select(c => c.StoppedUtcTicks), page2.Value.Rows.Select(r => r.Stopped.UtcTicks));
    }

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static string AgentKey(int? id) => id is { } a ? Key(a) : "unassigned";

    private static void AssertRow(SlaRow expected, SlaRow actual) => Assert.Equal(
        (expected.Measured, expected.WithTarget, expected.Met, expected.Breached, expected.ShareMet, expected.FirstMeasured,
            expected.FirstMedian, expected.FirstP90, expected.AllMedian, expected.AllP90),
        (actual.Measured, actual.WithTarget, actual.Met, actual.Breached, actual.ShareMet, actual.FirstMeasured,
            actual.FirstMedian, actual.FirstP90, actual.AllMedian, actual.AllP90));

    private static void AssertRecordMonth(SlaRow expected, RecordMonth actual) => Assert.Equal(
        (expected.Measured, expected.WithTarget, expected.Met, expected.ShareMet, expected.AllMedian),
        (actual.Replies, actual.WithTarget, actual.Met, actual.ShareWithinTarget, actual.Median));

    private static void AssertWorstFirst(IReadOnlyList<SlaRow> rows)
    {
        for (var i = 1; i < rows.Count; i++)
        {
            var (a, b) = (rows[i - 1], rows[i]);
            var inOrder = (a.ShareMet, b.ShareMet) switch
            {
                (null, not null) => false,
                (not null, null) => true,
                ({ } x, { } y) when x != y => x < y,
                _ => a.Breached != b.Breached ? a.Breached > b.Breached : string.CompareOrdinal(a.Label, b.Label) <= 0,
            };
            Assert.True(inOrder, $"{a.Label} ({a.ShareMet}, {a.Breached}) before {b.Label} ({b.ShareMet}, {b.Breached})");
        }
    }

    /// <summary>The naive computation: counts by LINQ, nearest rank by integer arithmetic on a sorted list.</summary>
    private static SlaRow Expected(IEnumerable<ReplayedClock> group)
    {
        var clocks = group.ToList();
        var all = clocks.Select(c => c.BusinessTicks).Order().ToList();
        var first = clocks.Where(c => c.IsFirst).Select(c => c.BusinessTicks).Order().ToList();
        var withTarget = clocks.Count(c => c.HasTarget);
        var breached = clocks.Count(c => c.HasTarget && c.IsBreached);
        var met = withTarget - breached;
        return new SlaRow(
            ReportGroup.Tier, "", "", clocks.Count, withTarget, met, breached, withTarget == 0 ? null : met / (double)withTarget, first.Count,
            Rank(first, (first.Count + 1) / 2), Rank(first, ((9 * first.Count) + 9) / 10), Rank(all, (all.Count + 1) / 2), Rank(all, ((9 * all.Count) + 9) / 10));
    }

    private static TimeSpan? Rank(List<long> sorted, int rank) => sorted.Count == 0 ? null : new TimeSpan(sorted[rank - 1]);
}
