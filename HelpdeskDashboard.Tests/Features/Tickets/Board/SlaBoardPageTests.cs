using Bunit;
using HelpdeskDashboard.Features.Notifications;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Sla.Components;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.Board;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Tests.Features.Tickets.Support;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using static HelpdeskDashboard.Tests.Features.Sla.Support.SlaTestKit;

namespace HelpdeskDashboard.Tests.Features.Tickets.Board;

public sealed class SlaBoardPageTests : TicketUiTestContext
{
    private readonly FakeBoardQuery query = new();

    public SlaBoardPageTests()
    {
        Context.Services.AddSingleton<IBoardQuery>(query);
        query.Answer = (_, _, _) => new BoardPage(Rows(), 2, new BoardCounters(Breached: 3, AtRisk: 5, DueToday: 7), Time.GetUtcNow());
    }

    private BoardRow[] Rows() =>
    [
        new(TicketId: 41, Version: 1, CustomerId: 1, CustomerName: "Acme GmbH", Tier: Tier.Platinum, Subject: "Printer on fire",
            Kind: TicketKind.SupportInquiry, Status: TicketStatus.Open, AssigneeAgentId: null, AssigneeName: null,
            Sla: ReadNow(CustomerWrites("Tue 2026-03-10 10:00", Platinum))),
        new(TicketId: 42, Version: 3, CustomerId: 2, CustomerName: "Globex AG", Tier: Tier.Gold, Subject: "New shop",
            Kind: TicketKind.NewProjectRequest, Status: TicketStatus.WaitingOnCustomer, AssigneeAgentId: 7, AssigneeName: "Demo Agent",
            Sla: ReadNow(CustomerWrites("Tue 2026-03-10 09:00", Gold), StatusBecomes("Tue 2026-03-10 10:00", SlaPauseReason.WaitingOnCustomer))),
    ];

    private IRenderedComponent<SlaBoardPage> RenderBoard()
    {
        var board = Context.Render<SlaBoardPage>();
        board.WaitForAssertion(() => Assert.Equal(2, board.FindAll("tbody tr.mud-table-row").Count));
        return board;
    }

    private static string[] Cells(IRenderedComponent<SlaBoardPage> board, int row) =>
        [.. board.FindAll("tbody tr.mud-table-row")[row].QuerySelectorAll("td").Select(td => td.TextContent.Trim())];

    [Fact]
    public void Rows_show_customer_tier_subject_kind_status_assignee_due_and_countdown()
    {
        var board = RenderBoard();

        Assert.Equal(
            ["Acme GmbH", "Platinum", "Printer on fire", "Support inquiry", "Open", "Unassigned", "Wed 11 Mar 10:00", "23:00:00on track"],
            Cells(board, 0));
        Assert.Equal("tickets/41", board.Find("a[data-testid='subject']").GetAttribute("href"));
        var paused = Cells(board, 1);
        Assert.Equal(["Globex AG", "Gold", "New shop", "New project request", "Waiting on customer", "Demo Agent"], paused[..6]);
        Assert.EndsWith("(if resumed now)", paused[6], StringComparison.Ordinal);
        Assert.Equal("2d 23:00:00, paused: waiting on customer", paused[7]);
    }

    [Fact]
    public void Counters_are_shown_in_words()
    {
        var board = RenderBoard();

        Assert.Equal("Breached: 3", board.Find("[data-counter='breached']").TextContent.Trim());
        Assert.Equal("At risk: 5", board.Find("[data-counter='at-risk']").TextContent.Trim());
        Assert.Equal("Due today: 7", board.Find("[data-counter='due-today']").TextContent.Trim());
    }

    [Fact]
    public void First_query_asks_for_my_tickets_fifty_at_a_time()
    {
        RenderBoard();

        Assert.Equal((new BoardFilter(BoardScope.Mine), 0, 50), query.Requests.Single());
    }

    [Fact]
    public void Choosing_a_scope_queries_with_it()
    {
        var board = RenderBoard();

        board.FindAll("[data-testid='scope'] button").Single(b => b.TextContent.Trim() == "Unassigned").Click();

        board.WaitForAssertion(() => Assert.Equal(BoardScope.Unassigned, query.Last.Filter.Scope));
        Assert.Equal(0, query.Last.Skip);
    }

    [Fact]
    public async Task Choosing_a_tier_or_sla_state_queries_with_it()
    {
        var board = RenderBoard();

        await board.InvokeAsync(() => board.FindComponent<MudSelect<Tier?>>().Instance.ValueChanged.InvokeAsync(Tier.Gold));
        board.WaitForAssertion(() => Assert.Equal(new BoardFilter(BoardScope.Mine, Tier.Gold), query.Last.Filter));

        await board.InvokeAsync(() => board.FindComponent<MudSelect<BoardSlaFilter>>().Instance.ValueChanged.InvokeAsync(BoardSlaFilter.AtRisk));
        board.WaitForAssertion(() => Assert.Equal(new BoardFilter(BoardScope.Mine, Tier.Gold, BoardSlaFilter.AtRisk), query.Last.Filter));
    }

    [Fact]
    public void Search_waits_until_typing_stops()
    {
        var board = RenderBoard();
        var search = board.Find("input[data-testid='search']");

        search.Input("prin");
        Time.Advance(TimeSpan.FromMilliseconds(200));
        search.Input("printer ");
        Time.Advance(TimeSpan.FromMilliseconds(200));
        Assert.Single(query.Requests);

        Time.Advance(TimeSpan.FromMilliseconds(100));

        board.WaitForAssertion(() => Assert.Equal("printer", query.Last.Filter.Search));
        Assert.Equal(2, query.Requests.Count);
    }

    [Fact]
    public void Filter_change_starts_again_on_the_first_page()
    {
        query.Answer = (_, skip, _) => new BoardPage(skip == 0 ? Rows() : [Rows()[0]], 120, new BoardCounters(0, 0, 0), Time.GetUtcNow());
        var board = RenderBoard();
        board.Find("button[aria-label='Next page']").Click();
        board.WaitForAssertion(() => Assert.Equal(50, query.Last.Skip));

        board.FindAll("[data-testid='scope'] button").Single(b => b.TextContent.Trim() == "All").Click();

        board.WaitForAssertion(() => Assert.Equal((new BoardFilter(BoardScope.All), 0, 50), query.Last));
    }

    [Fact]
    public async Task A_burst_of_ticket_changes_re_queries_once_after_the_debounce()
    {
        var board = RenderBoard();
        query.Answer = (_, _, _) => new BoardPage([Rows()[1]], 1, new BoardCounters(4, 5, 7), Time.GetUtcNow());

        await Hub.PublishAsync(new TicketChanged(41, TicketChangeKind.AgentReply));
        await Hub.PublishAsync(new TicketChanged(42, TicketChangeKind.StatusChanged));
        Time.Advance(TimeSpan.FromMilliseconds(199));
        Assert.Single(query.Requests);

        Time.Advance(TimeSpan.FromMilliseconds(1));

        board.WaitForAssertion(() => Assert.Single(board.FindAll("tbody tr.mud-table-row")));
        Assert.Equal(2, query.Requests.Count);
        Assert.Equal(new BoardFilter(BoardScope.Mine), query.Last.Filter);
        Assert.Equal("Breached: 4", board.Find("[data-counter='breached']").TextContent.Trim());
    }

    [Fact]
    public async Task Closing_the_board_ends_its_subscriptions()
    {
        RenderBoard();
        Assert.Equal(1, Hub.SubscriberCount);
        Assert.Equal(2, Ticker.SubscriberCount);

        await Context.DisposeComponentsAsync();

        Assert.Equal(0, Hub.SubscriberCount);
        Assert.Equal(0, Ticker.SubscriberCount);
        await Hub.PublishAsync(new TicketChanged(41, TicketChangeKind.AgentReply));
        Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Single(query.Requests);
    }

    [Fact]
    public void A_tick_re_renders_the_countdowns_and_not_the_board()
    {
        var board = RenderBoard();
        var countdowns = board.FindComponents<SlaCountdown>();
        // bunit counts a component's render when anything below it renders, so watch leaves that the page and the
        // grid rows would re-render (their parameters include child content): filters, subject links, the pager.
        IRenderedComponent<Microsoft.AspNetCore.Components.IComponent>[] bystanders =
        [
            .. board.FindComponents<MudSelect<Tier?>>().Select(c => (IRenderedComponent<Microsoft.AspNetCore.Components.IComponent>)c),
            .. board.FindComponents<MudLink>(),
            .. board.FindComponents<MudDataGridPager<BoardRow>>(),
            .. board.FindComponents<BoardCountersBar>(),
        ];
        var before = bystanders.Select(c => c.RenderCount).ToArray();
        var (running, paused) = (countdowns[0].RenderCount, countdowns[1].RenderCount);

        AdvanceSeconds(1);

        countdowns[0].WaitForAssertion(() => Assert.Equal("22:59:59", countdowns[0].Find(".sla-countdown__text").TextContent));
        Assert.Equal(running + 1, countdowns[0].RenderCount);
        Assert.Equal(paused, countdowns[1].RenderCount);
        Assert.Equal(before, bystanders.Select(c => c.RenderCount));
    }

    [Fact]
    public void The_signed_in_user_and_role_are_named()
    {
        User = FakeCurrentUser.Manager();

        var board = RenderBoard();

        Assert.Equal("Demo Manager", board.Find("[data-testid='signed-in-as']").TextContent);
        Assert.Equal("manager", board.Find("[data-testid='role']").TextContent);
    }

    [Fact]
    public void Filters_are_labelled()
    {
        var board = RenderBoard();

        Assert.Equal("board-scope-label", board.Find("[data-testid='scope']").GetAttribute("aria-labelledby"));
        Assert.Equal("Show", board.Find("#board-scope-label").TextContent);
        foreach (var (testId, label) in new[] { ("tier-filter", "Tier"), ("sla-filter", "SLA state"), ("search", "Search") })
        {
            var input = board.Find($"input[data-testid='{testId}']");
            Assert.Equal(label, board.Find($"label[for='{input.Id}']").TextContent.Trim());
        }
    }
}
