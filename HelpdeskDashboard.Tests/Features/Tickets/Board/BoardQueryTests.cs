using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.Board;
using HelpdeskDashboard.Features.Tickets.Board.Rendering;
using HelpdeskDashboard.Features.Tickets.Workflow;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Tests.Features.Sla.Support;
using HelpdeskDashboard.Tests.Features.Tickets.Support;

namespace HelpdeskDashboard.Tests.Features.Tickets.Board;

/// <summary>
/// Nine tickets read on Wednesday 2026-05-13 10:00 (Berlin, Mon–Fri 24 h; Platinum 24 h, Gold 72 h). Eight are open:
/// their due instants, assignees and states are in the table below; one resolved ticket never shows.
/// </summary>
public sealed class BoardQueryTests : IAsyncLifetime
{
    private TicketTestWorld _world = null!;

    public async ValueTask InitializeAsync()
    {
        _world = await TicketTestWorld.CreateAsync(SlaTestKit.Local("Mon 2026-05-11 00:00")); // the clock only moves forward
        var w = _world;
        // Subject                       customer      opened                   assignee   due / state at Wed 10:00
        await Open("Encoder fault on axis 2", w.Platinum, "Mon 2026-05-11 08:00", w.Alex);    // Tue 08:00, breached
        await Open("100% CPU on HMI_7", w.Platinum, "Tue 2026-05-12 14:00", w.Jonas);         // Wed 14:00, at risk (4 h of 24 left)
        await Open("Gold line stops at night", w.Gold, "Wed 2026-05-13 09:00", null);         // Mon 09:00, running
        await Open("Platinum label printer", w.Platinum, "Wed 2026-05-13 09:00", w.Alex);     // Thu 09:00, running
        await Open("Gold scale calibration", w.Gold, "Mon 2026-05-11 09:00", null);           // Thu 09:00, running
        var paused = await Open("Waiting for log files", w.Gold, "Wed 2026-05-13 08:00", w.Alex);
        await Open("Basic question about exports", w.Basic, "Wed 2026-05-13 08:00", null);    // no SLA
        var answered = await Open("Answered but still open", w.Gold, "Tue 2026-05-12 10:00", w.Jonas);
        var resolved = await Open("Resolved yesterday", w.Platinum, "Tue 2026-05-12 09:00", w.Jonas);

        await At("Tue 2026-05-12 11:00", w.JonasSignedIn, x => x.ReplyAsync(new ReplyToTicket(answered, 0, "Here is how.", false)));
        await At("Tue 2026-05-12 12:00", w.JonasSignedIn, x => x.ChangeStatusAsync(new ChangeTicketStatus(resolved, 0, TicketStatus.Resolved)));
        await At("Wed 2026-05-13 09:00", w.AlexSignedIn, x => x.ChangeStatusAsync(new ChangeTicketStatus(paused, 0, TicketStatus.WaitingOnCustomer)));
        _world.SetNow(TicketTestWorld.Start);
        _world.Published.Clear();
    }

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Lists_open_tickets_by_due_instant_platinum_first_on_an_equal_due_then_those_without_a_due_instant()
    {
        var page = await PageAsync(new BoardFilter());

        Assert.Equal(
        [
            "Encoder fault on axis 2",
            "100% CPU on HMI_7",
            "Platinum label printer", // due Thu 09:00 like the next one: Platinum first
            "Gold scale calibration",
            "Gold line stops at night",
            "Waiting for log files", // no counting due instant: higher priority first, then oldest
            "Answered but still open",
            "Basic question about exports",
        ], Subjects(page));
        Assert.Equal(8, page.TotalCount);
        Assert.Equal(TicketTestWorld.Start, page.AsOf);
    }

    public static TheoryData<string, BoardFilter, string[]> Filters => new()
    {
        { "breached", new BoardFilter(Sla: BoardSlaFilter.Breached), ["Encoder fault on axis 2"] },
        { "at risk", new BoardFilter(Sla: BoardSlaFilter.AtRisk), ["100% CPU on HMI_7"] },
        { "running", new BoardFilter(Sla: BoardSlaFilter.Running), ["Platinum label printer", "Gold scale calibration", "Gold line stops at night"] },
        { "outside business hours on a Wednesday", new BoardFilter(Sla: BoardSlaFilter.OutsideBusinessHours), [] },
        { "paused", new BoardFilter(Sla: BoardSlaFilter.Paused), ["Waiting for log files"] },
        { "no SLA", new BoardFilter(Sla: BoardSlaFilter.NoSla), ["Basic question about exports"] },
        { "mine (Alex)", new BoardFilter(BoardScope.Mine), ["Encoder fault on axis 2", "Platinum label printer", "Waiting for log files"] },
        { "unassigned", new BoardFilter(BoardScope.Unassigned), ["Gold scale calibration", "Gold line stops at night", "Basic question about exports"] },
        { "Platinum tier", new BoardFilter(Tier: Tier.Platinum), ["Encoder fault on axis 2", "100% CPU on HMI_7", "Platinum label printer"] },
        { "Basic tier", new BoardFilter(Tier: Tier.Basic), ["Basic question about exports"] },
        { "Platinum and at risk", new BoardFilter(Tier: Tier.Platinum, Sla: BoardSlaFilter.AtRisk), ["100% CPU on HMI_7"] },
        { "mine and breached", new BoardFilter(BoardScope.Mine, Sla: BoardSlaFilter.Breached), ["Encoder fault on axis 2"] },
        { "search in subjects, any case", new BoardFilter(Search: "  gold LINE "), ["Gold line stops at night"] },
        { "search in customer names, any case", new BoardFilter(Search: "KESSLER"),
            ["Gold scale calibration", "Gold line stops at night", "Waiting for log files", "Answered but still open"] },
        { "search for a literal percent sign", new BoardFilter(Search: "%"), ["100% CPU on HMI_7"] },
        { "search for a literal underscore", new BoardFilter(Search: "_"), ["100% CPU on HMI_7"] },
        { "search that matches nothing", new BoardFilter(Search: "hydraulics"), [] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Each_filter_and_scope_keeps_exactly_its_tickets_in_board_order(string label, BoardFilter filter, string[] expected)
    {
        var page = await PageAsync(filter);

        Assert.True(expected.SequenceEqual(Subjects(page)), $"{label}: {string.Join(" | ", Subjects(page))}");
        Assert.Equal(expected.Length, page.TotalCount);
    }

    public static TheoryData<string, BoardFilter, BoardCounters> CountersByView => new()
    {
        // Breached: the encoder; at risk: the CPU ticket; due today (Wednesday): the CPU ticket at 14:00.
        { "every open ticket", new BoardFilter(), new BoardCounters(Breached: 1, AtRisk: 1, DueToday: 1) },
        { "the SLA state filter does not narrow them", new BoardFilter(Sla: BoardSlaFilter.Running), new BoardCounters(1, 1, 1) },
        { "mine (Alex): the encoder only", new BoardFilter(BoardScope.Mine), new BoardCounters(Breached: 1, AtRisk: 0, DueToday: 0) },
        { "Jonas's CPU ticket is not unassigned", new BoardFilter(BoardScope.Unassigned), new BoardCounters(0, 0, 0) },
        { "Platinum keeps both", new BoardFilter(Tier: Tier.Platinum), new BoardCounters(1, 1, 1) },
        { "a search for the CPU ticket", new BoardFilter(Search: "cpu"), new BoardCounters(Breached: 0, AtRisk: 1, DueToday: 1) },
    };

    [Theory]
    [MemberData(nameof(CountersByView))]
    public async Task Counters_count_the_view_by_scope_tier_and_search_but_not_by_sla_state(string label, BoardFilter filter, BoardCounters expected)
    {
        var page = await PageAsync(filter);

        Assert.True(expected == page.Counters, $"{label}: {page.Counters}");
    }

    public static TheoryData<string, BoardFilter, string[]> Sorts => new()
    {
        { "customer, then most urgent", new BoardFilter(Scope: BoardScope.Unassigned, Sort: BoardSort.Customer), ["Gold scale calibration", "Gold line stops at night", "Basic question about exports"] },
        { "tier descending", new BoardFilter(Sort: BoardSort.Tier, Descending: true),
            ["Encoder fault on axis 2", "100% CPU on HMI_7", "Platinum label printer", "Gold scale calibration", "Gold line stops at night", "Waiting for log files", "Answered but still open", "Basic question about exports"] },
        { "subject", new BoardFilter(BoardScope.Mine, Sort: BoardSort.Subject), ["Encoder fault on axis 2", "Platinum label printer", "Waiting for log files"] },
        { "assignee, unassigned last", new BoardFilter(Tier: Tier.Platinum, Sort: BoardSort.Assignee), ["Encoder fault on axis 2", "Platinum label printer", "100% CPU on HMI_7"] },
        { "latest due first, no due time last", new BoardFilter(BoardScope.Mine, Descending: true), ["Platinum label printer", "Encoder fault on axis 2", "Waiting for log files"] },
    };

    [Theory]
    [MemberData(nameof(Sorts))]
    public async Task Each_column_sorts_with_urgency_breaking_ties(string label, BoardFilter filter, string[] expected)
    {
        var page = await PageAsync(filter);

        Assert.True(expected.SequenceEqual(Subjects(page)), $"{label}: {string.Join(" | ", Subjects(page))}");
    }

    [Fact]
    public async Task Counters_count_every_clock_due_today_including_breached_ones()
    {
        _world.SetNow(SlaTestKit.Local("Wed 2026-05-13 14:30"));

        var page = await PageAsync(new BoardFilter());

        Assert.Equal(new BoardCounters(Breached: 2, AtRisk: 0, DueToday: 1), page.Counters);
    }

    [Fact]
    public async Task Pages_follow_one_another_without_gaps_or_repeats()
    {
        var all = Subjects(await PageAsync(new BoardFilter()));

        var pages = new[] { await PageAsync(new BoardFilter(), 0, 3), await PageAsync(new BoardFilter(), 3, 3), await PageAsync(new BoardFilter(), 6, 3) };

        Assert.Equal(all, pages.SelectMany(Subjects));
        Assert.Equal([3, 3, 2], pages.Select(p => p.Rows.Count));
        Assert.All(pages, p => Assert.Equal(8, p.TotalCount));
    }

    [Fact]
    public async Task On_a_saturday_live_clocks_stand_outside_business_hours_and_none_runs()
    {
        _world.SetNow(SlaTestKit.Local("Sat 2026-05-16 10:00"));

        var outside = await PageAsync(new BoardFilter(Sla: BoardSlaFilter.OutsideBusinessHours));
        var running = await PageAsync(new BoardFilter(Sla: BoardSlaFilter.Running));

        Assert.Equal(["Gold line stops at night"], Subjects(outside)); // due Monday 09:00; the others are breached by now
        Assert.Equal(SlaState.OutsideBusinessHours, outside.Rows[0].Sla.State);
        Assert.Empty(running.Rows);
    }

    [Fact]
    public async Task Each_row_carries_the_reading_of_its_own_history_at_the_query_instant()
    {
        var page = await PageAsync(new BoardFilter());

        Assert.Equal(
            [SlaState.Breached, SlaState.AtRisk, SlaState.Running, SlaState.Running, SlaState.Running, SlaState.Paused, SlaState.Met, SlaState.NoSla],
            page.Rows.Select(r => r.Sla.State));
        await using var agent = _world.As(_world.AlexSignedIn);
        foreach (var row in page.Rows)
        {
            var details = await agent.Details.GetAsync(row.TicketId, TestContext.Current.CancellationToken);
            Assert.Equal(details!.Sla, row.Sla);
        }

        var first = page.Rows[0];
        Assert.Equal(
            (_world.Platinum.Id, "Aurora Robotics AG", Tier.Platinum, TicketStatus.New, _world.Alex.Id, "Alex Agent", 0),
            (first.CustomerId, first.CustomerName, first.Tier, first.Status, first.AssigneeAgentId, first.AssigneeName, first.Version));
    }

    [Fact]
    public async Task One_row_is_read_afresh_and_a_finished_ticket_has_no_row()
    {
        var page = await PageAsync(new BoardFilter());
        var resolvedId = page.Rows.Max(r => r.TicketId) + 1;
        await using var agent = _world.As(_world.AlexSignedIn);

        var row = await agent.Board.GetRowAsync(page.Rows[1].TicketId, TestContext.Current.CancellationToken);
        var resolved = await agent.Board.GetRowAsync(resolvedId, TestContext.Current.CancellationToken);

        Assert.Equal(page.Rows[1], row);
        Assert.Null(resolved);
    }

    [Fact]
    public async Task Two_agents_reading_mine_at_the_same_moment_each_get_their_own_tickets()
    {
        await using var jonas = _world.As(_world.JonasSignedIn);

        var alexMine = await PageAsync(new BoardFilter(BoardScope.Mine));
        var jonasMine = await jonas.Board.GetPageAsync(new BoardFilter(BoardScope.Mine), 0, 50, TestContext.Current.CancellationToken);

        Assert.Equal(["Encoder fault on axis 2", "Platinum label printer", "Waiting for log files"], Subjects(alexMine));
        Assert.Equal(["100% CPU on HMI_7", "Answered but still open"], Subjects(jonasMine));
    }

    [Fact]
    public async Task A_change_published_by_the_workflow_shows_on_the_next_read_at_the_same_moment()
    {
        var before = await PageAsync(new BoardFilter());
        var printer = before.Rows.Single(r => r.Subject == "Platinum label printer");

        var result = await _world.RunAsync(_world.AlexSignedIn, x => x.ChangeStatusAsync(new ChangeTicketStatus(printer.TicketId, printer.Version, TicketStatus.OnHold)));
        var after = await PageAsync(new BoardFilter());

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        Assert.Equal(TicketStatus.OnHold, after.Rows.Single(r => r.TicketId == printer.TicketId).Status);
        Assert.NotEqual(TicketStatus.OnHold, printer.Status);
    }

    [Fact]
    public async Task After_another_tickets_change_a_board_keeps_every_row_whose_reading_its_countdown_reproduces()
    {
        var engine = new SlaEngine(TicketTestWorld.Calendar, new SlaOptions());
        var before = await PageAsync(new BoardFilter());
        var printer = before.Rows.Single(r => r.Subject == "Platinum label printer");

        _world.SetNow(TicketTestWorld.Start.AddSeconds(10));
        var result = await _world.RunAsync(_world.AlexSignedIn, x => x.ChangeStatusAsync(new ChangeTicketStatus(printer.TicketId, printer.Version, TicketStatus.OnHold)));
        var after = await PageAsync(new BoardFilter());
        var previous = BoardRowView.For(before.Rows, TimeZoneInfo.Utc);
        var shown = BoardRowView.KeepUnchanged(previous, BoardRowView.For(after.Rows, TimeZoneInfo.Utc), engine);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var kept = shown.Where(previous.Contains).Select(view => after.Rows.Single(r => r.TicketId == view.TicketId).Subject);
        // A paused clock's projected due instant moves with the time, and so does a no-SLA clock's elapsed time: those
        // rows and the changed one are shown afresh.
        Assert.Equal(
            ["Encoder fault on axis 2", "100% CPU on HMI_7", "Gold scale calibration", "Gold line stops at night", "Answered but still open"],
            kept);
    }

    [Theory]
    [InlineData("Anna")]
    [InlineData("nobody")]
    public async Task Anyone_outside_the_support_team_gets_an_empty_board(string who)
    {
        await using var session = _world.As(_world.SignedIn(who));

        var page = await session.Board.GetPageAsync(new BoardFilter(), 0, 50, TestContext.Current.CancellationToken);
        var row = await session.Board.GetRowAsync(1, TestContext.Current.CancellationToken);

        Assert.Empty(page.Rows);
        Assert.Equal((0, new BoardCounters(0, 0, 0)), (page.TotalCount, page.Counters));
        Assert.Null(row);
    }

    private async Task<int> Open(string subject, HelpdeskDashboard.Features.Customers.Customer customer, string opened, HelpdeskDashboard.Features.Accounts.Agent? assignee) =>
        await _world.OpenTicketAsync(customer, subject, SlaTestKit.Local(opened), assignee);

    private async Task At(string local, System.Security.Claims.ClaimsPrincipal who, Func<ITicketWorkflow, Task<CommandResult<int>>> command)
    {
        _world.SetNow(SlaTestKit.Local(local));
        var result = await _world.RunAsync(who, command);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
    }

    private async Task<BoardPage> PageAsync(BoardFilter filter, int skip = 0, int take = 50)
    {
        await using var agent = _world.As(_world.AlexSignedIn);
        return await agent.Board.GetPageAsync(filter, skip, take, TestContext.Current.CancellationToken);
    }

    private static List<string> Subjects(BoardPage page) => page.Rows.Select(r => r.Subject).ToList();
}
