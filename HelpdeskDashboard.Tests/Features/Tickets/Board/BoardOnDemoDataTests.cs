using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.Board;
using HelpdeskDashboard.Features.Tickets.ResponseClock;
using HelpdeskDashboard.Tests.Features.Sla.Support;
using HelpdeskDashboard.Tests.Features.Tickets.Support;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Tests.Features.Tickets.Board;

/// <summary>
/// The demo data covers every SLA situation; on it, what the SQL filters and counters select must be exactly what the
/// rows' own readings say, and the seeded SLA columns must be what the workflow would have recorded.
/// </summary>
public sealed class BoardOnDemoDataTests
{
    public static TheoryData<string, string> Instants => new()
    {
        { "a Wednesday afternoon", "Wed 2026-05-13 14:30" },
        { "a Saturday morning (calendar closed)", "Sat 2026-05-16 10:00" },
        { "a Monday just after midnight", "Mon 2026-05-18 00:10" },
    };

    [Theory]
    [MemberData(nameof(Instants))]
    public async Task Filters_and_counters_select_exactly_the_tickets_whose_readings_match(string label, string instant)
    {
        await using var world = await TicketTestWorld.CreateWithDemoDataAsync(SlaTestKit.Local(instant));
        await using var agent = world.As(world.AlexSignedIn);
        var cancel = TestContext.Current.CancellationToken;
        var all = await agent.Board.GetPageAsync(new BoardFilter(), 0, BoardQuery.MaxPageSize, cancel);
        Assert.True(all.TotalCount < BoardQuery.MaxPageSize, "the demo's open tickets fit on one page");

        var today = DateOnly.FromDateTime(TicketTestWorld.Calendar.ToCompanyTime(all.AsOf).DateTime);
        foreach (var filter in Enum.GetValues<BoardSlaFilter>())
        {
            var page = await agent.Board.GetPageAsync(new BoardFilter(Sla: filter), 0, BoardQuery.MaxPageSize, cancel);
            var expected = all.Rows.Where(r => Matches(filter, r, today)).Select(r => r.TicketId).ToList();
            Assert.True(expected.SequenceEqual(page.Rows.Select(r => r.TicketId)), $"{label}, {filter}: expected {expected.Count}, got {page.Rows.Count}");
        }

        Assert.Equal(
            new BoardCounters(
                all.Rows.Count(r => Counting(r) && r.Sla.IsBreached),
                all.Rows.Count(r => Counting(r) && r.Sla.IsAtRisk),
                all.Rows.Count(r => DueOn(r, today))),
            all.Counters);
        Assert.True(all.Counters.Breached > 0 && all.Counters.AtRisk > 0, $"{label}: the demo has breached and at-risk clocks");
    }

    [Fact]
    public async Task Board_order_puts_counting_clocks_first_by_due_instant()
    {
        await using var world = await TicketTestWorld.CreateWithDemoDataAsync(SlaTestKit.Local("Wed 2026-05-13 14:30"));
        await using var agent = world.As(world.AlexSignedIn);

        var rows = (await agent.Board.GetPageAsync(new BoardFilter(), 0, BoardQuery.MaxPageSize, TestContext.Current.CancellationToken)).Rows;

        var counting = rows.TakeWhile(Counting).ToList();
        Assert.True(counting.Count > 0);
        Assert.DoesNotContain(rows.Skip(counting.Count), Counting);
        Assert.Equal(counting.Select(r => r.Sla.Due).Order(), counting.Select(r => r.Sla.Due));
    }

    [Fact]
    public async Task Seeded_sla_columns_are_what_the_workflow_records_from_the_same_history()
    {
        var now = SlaTestKit.Local("Wed 2026-05-13 14:30");
        await using var world = await TicketTestWorld.CreateWithDemoDataAsync(now);
        await using var db = world.Database.CreateDbContext();
        var cancel = TestContext.Current.CancellationToken;
        var tickets = await db.Tickets.AsNoTracking().Include(t => t.Customer).Include(t => t.Messages).Include(t => t.StatusChanges).AsSplitQuery().ToListAsync(cancel);
        var assignments = (await db.TierAssignments.AsNoTracking().ToListAsync(cancel)).ToLookup(a => a.CustomerId);

        var mismatches = new List<string>();
        foreach (var seeded in tickets)
        {
            var tiers = CustomerTierHistory.Of(seeded.Customer!, assignments[seeded.CustomerId], TicketTestWorld.Calendar.TimeZone);
            var recorded = new Ticket { Subject = seeded.Subject };
            world.Clock.Record(recorded, world.Clock.Events(seeded, tiers, seeded.Messages, seeded.StatusChanges), now);
            var expected = Columns(recorded);
            if (Columns(seeded) != expected)
            {
                mismatches.Add($"#{seeded.Id}: seeded {Columns(seeded)}, recorded {expected}");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches.Take(10)));
    }

    private static (long? Started, long? Target, long? Due, long? AtRiskFrom, long? Stopped, bool Awaiting) Columns(Ticket t) => (t.ResponseClockStartedUtcTicks, t.ResponseTargetTicks, t.ResponseDueUtcTicks,
        t.ResponseAtRiskFromUtcTicks, t.ResponseStoppedUtcTicks, t.AwaitingResponse);

    /// <summary>A live clock with an SLA, not paused: the only kind with a due instant that counts down.</summary>
    private static bool Counting(BoardRow row) => row.Sla is { IsStopped: false, Target: not null, PauseReason: null, ClockStartedAt: not null };

    private static bool DueOn(BoardRow row, DateOnly day) =>
        Counting(row) && DateOnly.FromDateTime(TicketTestWorld.Calendar.ToCompanyTime(row.Sla.Due!.Value).DateTime) == day;

    private static bool Matches(BoardSlaFilter filter, BoardRow row, DateOnly today) => filter switch
    {
        BoardSlaFilter.Any => true,
        BoardSlaFilter.Breached => Counting(row) && row.Sla.IsBreached,
        BoardSlaFilter.AtRisk => Counting(row) && row.Sla.IsAtRisk,
        BoardSlaFilter.Running => row.Sla.State == SlaState.Running,
        BoardSlaFilter.OutsideBusinessHours => row.Sla.State == SlaState.OutsideBusinessHours,
        BoardSlaFilter.Paused => row.Status is TicketStatus.WaitingOnCustomer or TicketStatus.OnHold,
        BoardSlaFilter.NoSla => row.Sla.Target is null,
        BoardSlaFilter.DueToday => DueOn(row, today),
        _ => throw new ArgumentOutOfRangeException(nameof(filter), filter, null),
    };
}
