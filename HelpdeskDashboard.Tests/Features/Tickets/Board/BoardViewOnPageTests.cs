using Bunit;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.Board;
using HelpdeskDashboard.Features.Tickets.Board.SavedViews;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Tests.Features.Tickets.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using static HelpdeskDashboard.Tests.Features.Sla.Support.SlaTestKit;

namespace HelpdeskDashboard.Tests.Features.Tickets.Board;

/// <summary>Issue 14, point 7: the view lives in the address, counters follow it and filter, columns sort, "met" reads as met.</summary>
public sealed class BoardViewOnPageTests : BoardPageTestBase
{

    public BoardViewOnPageTests()
    {
        Query.Answer = (_, _, _) => new BoardPage([Row(41)], 120, new BoardCounters(Breached: 3, AtRisk: 5, DueToday: 7), Time.GetUtcNow());
    }

    private NavigationManager Navigation => Context.Services.GetRequiredService<NavigationManager>();

    private BoardRow Row(int id) => new(
        TicketId: id, Version: 1, CustomerId: 1, CustomerName: "Acme GmbH", Tier: Tier.Platinum, Subject: "Printer on fire",
        Kind: TicketKind.SupportInquiry, Status: TicketStatus.Open, AssigneeAgentId: null, AssigneeName: null,
        Sla: ReadNow(CustomerWrites("Tue 2026-03-10 10:00", Platinum)));

    private IRenderedComponent<SlaBoardPage> RenderBoard(string address = "board")
    {
        Navigation.NavigateTo(address);
        var board = Context.Render<SlaBoardPage>();
        board.WaitForAssertion(() => Assert.NotEmpty(board.FindAll("tbody tr[data-ticket]")));
        return board;
    }

    private string Address => Navigation.ToBaseRelativePath(Navigation.Uri);

    [Fact]
    public void A_shared_link_opens_the_same_view_on_the_same_page()
    {
        RenderBoard("board?scope=all&tier=gold&state=at-risk&q=printer&sort=customer&dir=desc&page=2");

        Assert.Equal(
            (new BoardFilter(BoardScope.All, Tier.Gold, BoardSlaFilter.AtRisk, "printer", BoardSort.Customer, Descending: true), 50, 50),
            Query.Requests.Single());
    }

    [Fact]
    public void Every_choice_is_written_to_the_address()
    {
        var board = RenderBoard();

        board.Find("[data-testid='scope'] input[value='Unassigned']").Change(true);
        board.WaitForAssertion(() => Assert.Equal("board?scope=unassigned", Address));
        board.Find("select[data-testid='tier-filter']").Change("Gold");
        board.WaitForAssertion(() => Assert.Equal("board?scope=unassigned&tier=gold", Address));
        board.Find("button[aria-label='Next page']").Click();

        board.WaitForAssertion(() => Assert.Equal("board?scope=unassigned&tier=gold&page=2", Address));
        Assert.Equal((new BoardFilter(BoardScope.Unassigned, Tier.Gold), 50, 50), Query.Last);
    }

    [Fact]
    public void Going_back_shows_the_previous_view_again()
    {
        var board = RenderBoard("board?state=breached");
        board.Find("select[data-testid='sla-filter']").Change("Any");
        board.WaitForAssertion(() => Assert.Equal(new BoardFilter(BoardScope.Mine), Query.Last.Filter));

        Navigation.NavigateTo("board?state=breached");

        board.WaitForAssertion(() => Assert.Equal(new BoardFilter(BoardScope.Mine, Sla: BoardSlaFilter.Breached), Query.Last.Filter));
        Assert.Equal("Breached", board.Find("select[data-testid='sla-filter'] option[selected]").TextContent);
    }

    [Fact]
    public void A_link_with_settings_the_board_does_not_know_says_what_was_left_out()
    {
        var board = RenderBoard("board?state=on-fire&colour=red");

        var problems = board.Find("[data-testid='link-problems']").TextContent;
        Assert.Contains("The link's state “on-fire” is not one the board knows; it was left out.", problems, StringComparison.Ordinal);
        Assert.Contains("The board has no setting “colour”; it was left out.", problems, StringComparison.Ordinal);
        Assert.Equal(new BoardFilter(BoardScope.Mine), Query.Last.Filter);
    }

    [Fact]
    public void A_counter_applies_its_filter_shows_pressed_and_lifts_it_when_clicked_again()
    {
        var board = RenderBoard("board?scope=all");

        board.Find("[data-counter='at-risk']").Click();

        board.WaitForAssertion(() => Assert.Equal("board?scope=all&state=at-risk", Address));
        Assert.Equal(new BoardFilter(BoardScope.All, Sla: BoardSlaFilter.AtRisk), Query.Last.Filter);
        board.WaitForAssertion(() => Assert.Equal("true", board.Find("[data-counter='at-risk']").GetAttribute("aria-pressed")));
        Assert.Equal("false", board.Find("[data-counter='breached']").GetAttribute("aria-pressed"));

        board.Find("[data-counter='at-risk']").Click();

        board.WaitForAssertion(() => Assert.Equal("board?scope=all", Address));
        board.WaitForAssertion(() => Assert.Equal("false", board.Find("[data-counter='at-risk']").GetAttribute("aria-pressed")));
    }

    [Fact]
    public void The_due_today_counter_filters_to_clocks_due_today()
    {
        var board = RenderBoard();

        board.Find("[data-counter='due-today']").Click();

        board.WaitForAssertion(() => Assert.Equal(BoardSlaFilter.DueToday, Query.Last.Filter.Sla));
        Assert.Equal("Due today", board.Find("select[data-testid='sla-filter'] option[selected]").TextContent);
    }

    [Fact]
    public void Counters_and_their_time_are_read_again_every_minute_without_any_change()
    {
        var board = RenderBoard();
        var counted = board.Find("[data-testid='as-of']").TextContent;

        Time.Advance(SlaBoardPage.Recount);
        Time.Advance(SlaBoardPage.ChangeDebounce);

        board.WaitForAssertion(() => Assert.Equal(2, Query.Requests.Count));
        board.WaitForAssertion(() => Assert.NotEqual(counted, board.Find("[data-testid='as-of']").TextContent));
    }

    [Fact]
    public void A_column_header_sorts_by_it_and_again_the_other_way()
    {
        var board = RenderBoard();
        Assert.Equal("ascending", board.Find("th:has(button[data-sort='Due'])").GetAttribute("aria-sort"));

        board.Find("button[data-sort='Customer']").Click();
        board.WaitForAssertion(() => Assert.Equal("board?sort=customer", Address));
        board.WaitForAssertion(() => Assert.Equal("ascending", board.Find("th:has(button[data-sort='Customer'])").GetAttribute("aria-sort")));
        Assert.Equal("none", board.Find("th:has(button[data-sort='Due'])").GetAttribute("aria-sort"));
        Assert.StartsWith("Open tickets by customer (ascending)", board.Find("[data-testid='board-order']").TextContent, StringComparison.Ordinal);

        board.Find("button[data-sort='Customer']").Click();

        board.WaitForAssertion(() => Assert.Equal(new BoardFilter(BoardScope.Mine, Sort: BoardSort.Customer, Descending: true), Query.Last.Filter));
        Assert.Equal("board?sort=customer&dir=desc", Address);
    }

    [Fact]
    public void A_clock_answered_in_time_shows_met_with_the_answer_not_a_past_due_time()
    {
        Query.Answer = (_, _, _) => new BoardPage(
            [Row(41) with { Sla = ReadNow(CustomerWrites("Tue 2026-03-10 10:00", Platinum), AgentReplies("Tue 2026-03-10 11:00")) }],
            1, new BoardCounters(0, 0, 0), Time.GetUtcNow());

        var board = RenderBoard();

        var due = board.Find("tbody tr[data-ticket='41'] td[data-label='Due']").TextContent;
        Assert.Equal("metanswered Tue 10 Mar 2026, 11:00", due);
        Assert.Empty(board.FindAll("tbody tr[data-ticket='41'] time"));
    }

    [Fact]
    public void The_current_view_is_saved_under_a_name_and_listed_as_a_link_marked_current()
    {
        var board = RenderBoard("board?scope=all&state=breached");
        board.Find("[data-testid='save-view']").Click();

        board.Find("#saved-view-name").Input("Fires");
        board.Find("[data-testid='save-view-form']").Submit();

        board.WaitForAssertion(() => Assert.Equal("Saved the view “Fires”.", board.Find("[data-testid='saved-view-feedback']").TextContent.Trim()));
        Assert.Equal(new BoardFilter(BoardScope.All, Sla: BoardSlaFilter.Breached), Assert.Single(Views.Saved).Filter);
        var link = board.Find("[data-testid='saved-view-link']");
        Assert.Equal("board?scope=all&state=breached", link.GetAttribute("href"));
        Assert.Equal("page", link.GetAttribute("aria-current"));
        Assert.Equal("Fires0 open tickets", link.TextContent);
    }

    [Fact]
    public void Deleting_a_saved_view_asks_first_and_says_what_follows()
    {
        Views.Views.Add(new(1, "Gold", "board?tier=gold", BoardLink.Default with { Tier = Tier.Gold }, 4));
        var board = RenderBoard();
        Assert.Null(board.Find("[data-testid='saved-view-link']").GetAttribute("aria-current"));

        board.Find("[data-testid='delete-saved-view']").Click();
        Assert.Equal("Delete the saved view “Gold”? Only the shortcut goes; no ticket changes.",
            board.Find("#delete-view-question").TextContent);
        Assert.Single(Views.Views);

        board.Find("[data-testid='confirm-delete-view'] button:first-of-type").Click();

        board.WaitForAssertion(() => Assert.Empty(board.FindAll("[data-testid='saved-view-link']")));
        Assert.Equal("Deleted the view “Gold”.", board.Find("[data-testid='saved-view-feedback']").TextContent.Trim());
    }

    [Fact]
    public async Task A_change_recounts_the_saved_views_without_listing_them_again()
    {
        Views.Views.Add(Gold);
        var board = RenderBoard();
        Views.Count = _ => 9;
        Views.Views.Add(SavedElsewhere);

        await ChangeAsync();

        board.WaitForAssertion(() => Assert.Equal(["Gold9 open tickets"], SavedViewLinks(board)));
        Assert.Equal(1, Views.Listings);
    }

    [Fact]
    public void Another_view_lists_the_saved_views_afresh()
    {
        var board = RenderBoard();
        Views.Views.Add(SavedElsewhere);

        board.Find("select[data-testid='tier-filter']").Change("Gold");

        board.WaitForAssertion(() => Assert.Equal(["Saved in another tab1 open tickets"], SavedViewLinks(board)));
        Assert.Equal(2, Views.Listings);
    }

    [Fact]
    public void A_view_saved_in_another_tab_shows_within_a_minute()
    {
        var board = RenderBoard();
        Views.Views.Add(SavedElsewhere);

        Time.Advance(SlaBoardPage.Recount);
        Time.Advance(SlaBoardPage.ChangeDebounce);

        board.WaitForAssertion(() => Assert.Equal(["Saved in another tab1 open tickets"], SavedViewLinks(board)));
    }

    // Released reads go on through the board's dispatcher, so the tests wait for what the board shows, and before each
    // release for the reads they mean to hold.
    [Fact]
    public async Task A_recount_that_ends_after_a_view_was_saved_does_not_drop_it()
    {
        var board = await BoardWithAHeldRecountAsync();

        SaveView(board, "Fires");
        board.WaitForAssertion(() => Assert.Equal(2, SavedViewLinks(board).Length));
        await board.InvokeAsync(() => Views.HeldRecounts[0].SetResult(9));
        (Views.HoldRecounts, Views.Count) = (false, _ => 7);
        await ChangeAsync();

        board.WaitForAssertion(() => Assert.Equal(["Gold7 open tickets", "Fires7 open tickets"], SavedViewLinks(board)));
    }

    [Fact]
    public async Task A_change_while_the_views_are_listed_lists_them_again_instead_of_recounting_the_old_list()
    {
        Views.Views.Add(Gold);
        var board = RenderBoard();
        (Views.ListGate, Views.HoldRecounts) = (new TaskCompletionSource(), true);
        SaveView(board, "Fires");
        board.WaitForAssertion(() => Assert.Equal(2, Views.Listings));

        await ChangeAsync();
        board.WaitForAssertion(() => Assert.Equal(3, Views.Listings));
        await board.InvokeAsync(() => Views.ListGate.SetResult());

        board.WaitForAssertion(() => Assert.Equal(["Gold4 open tickets", "Fires0 open tickets"], SavedViewLinks(board)));
        Assert.Empty(Views.HeldRecounts);
    }

    [Fact]
    public async Task A_recount_that_a_newer_one_overtook_is_not_shown()
    {
        var board = await BoardWithAHeldRecountAsync();
        await ChangeAsync();
        board.WaitForAssertion(() => Assert.Equal(2, Views.HeldRecounts.Count));

        await board.InvokeAsync(() => Views.HeldRecounts[1].SetResult(9));
        board.WaitForAssertion(() => Assert.Equal(["Gold9 open tickets"], SavedViewLinks(board)));
        await board.InvokeAsync(() => Views.HeldRecounts[0].SetResult(5));
        Views.HoldRecounts = false; // the next recount keeps the counts shown
        await ChangeAsync();

        board.WaitForAssertion(() => Assert.Equal(4, Query.Requests.Count));
        board.WaitForAssertion(() => Assert.Equal(["Gold9 open tickets"], SavedViewLinks(board)));
    }

    [Fact]
    public async Task The_minute_passing_while_the_views_are_recounted_still_lists_them()
    {
        var board = await BoardWithAHeldRecountAsync();
        Views.Views.Add(SavedElsewhere);

        Time.Advance(SlaBoardPage.Recount - SlaBoardPage.ChangeDebounce);
        await board.InvokeAsync(() => Views.HeldRecounts[0].SetResult(4));
        Time.Advance(SlaBoardPage.ChangeDebounce);

        board.WaitForAssertion(() => Assert.Equal(["Gold4 open tickets", "Saved in another tab1 open tickets"], SavedViewLinks(board)));
    }

    [Fact]
    public async Task The_minute_passing_while_the_views_are_listed_lists_them_once_more()
    {
        var board = RenderBoard();
        Views.ListGate = new TaskCompletionSource();
        board.Find("select[data-testid='tier-filter']").Change("Gold");
        board.WaitForAssertion(() => Assert.Equal(2, Views.Listings));
        Views.Views.Add(SavedElsewhere);

        Time.Advance(SlaBoardPage.Recount);
        await board.InvokeAsync(() => Views.ListGate.SetResult());
        Time.Advance(SlaBoardPage.ChangeDebounce);

        board.WaitForAssertion(() => Assert.Equal(["Saved in another tab1 open tickets"], SavedViewLinks(board)));
    }

    [Fact]
    public async Task Another_view_overtaken_by_a_change_still_lists_the_views()
    {
        var board = RenderBoard();
        Views.Views.Add(SavedElsewhere);
        Query.PageGate = new TaskCompletionSource();

        board.Find("select[data-testid='tier-filter']").Change("Gold");
        board.WaitForAssertion(() => Assert.Equal(2, Query.Requests.Count));
        await ChangeAsync();
        board.WaitForAssertion(() => Assert.Equal(3, Query.Requests.Count));
        await board.InvokeAsync(() => Query.PageGate.SetResult());

        board.WaitForAssertion(() => Assert.Equal(["Saved in another tab1 open tickets"], SavedViewLinks(board)));
    }

    private static SavedBoardViewItem Gold => new(1, "Gold", "board?tier=gold", BoardLink.Default with { Tier = Tier.Gold }, 4);

    private static SavedBoardViewItem SavedElsewhere =>
        new(2, "Saved in another tab", "board?scope=all", BoardLink.Default with { Scope = BoardScope.All }, 1);

    private static string[] SavedViewLinks(IRenderedComponent<SlaBoardPage> board) =>
        [.. board.FindAll("[data-testid='saved-view-link']").Select(l => l.TextContent)];

    private static void SaveView(IRenderedComponent<SlaBoardPage> board, string name)
    {
        board.Find("[data-testid='save-view']").Click();
        board.Find("#saved-view-name").Input(name);
        board.Find("[data-testid='save-view-form']").Submit();
    }

    // The board shows the Gold view, and a change's recount of it waits in HeldRecounts[0].
    private async Task<IRenderedComponent<SlaBoardPage>> BoardWithAHeldRecountAsync()
    {
        Views.Views.Add(Gold);
        var board = RenderBoard();
        Views.HoldRecounts = true;
        await ChangeAsync();
        board.WaitForAssertion(() => Assert.Single(Views.HeldRecounts));
        return board;
    }

    private async Task ChangeAsync()
    {
        await TicketChanges.PublishAsync(new TicketChanged(41, TicketChangeKind.AgentReply));
        Time.Advance(SlaBoardPage.ChangeDebounce);
    }
}
