using Bunit;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Sla.Components;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.Board;
using HelpdeskDashboard.Features.Tickets.Board.Rendering;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Tests.Infrastructure;

using static HelpdeskDashboard.Tests.Features.Sla.Support.SlaTestKit;

namespace HelpdeskDashboard.Tests.Features.Tickets.Board.Rendering;

/// <summary>The board's rows write their countdowns inline and tick them themselves, one render per tick that changes words.</summary>
public sealed class BoardRowsTests : BunitTestBase
{
    private static BoardRow Row(int ticketId, SlaReading sla) =>
        new(TicketId: ticketId, Version: 1, CustomerId: 1, CustomerName: "Acme GmbH", Tier: Tier.Platinum, Subject: $"Ticket {ticketId}",
            Kind: TicketKind.SupportInquiry, Status: TicketStatus.Open, AssigneeAgentId: null, AssigneeName: null, Sla: sla);

    private SlaReading Running() => ReadNow(CustomerWrites("Tue 2026-03-10 10:00", Platinum));

    private SlaReading Paused() =>
        ReadNow(CustomerWrites("Tue 2026-03-10 09:00", Gold), StatusBecomes("Tue 2026-03-10 10:00", SlaPauseReason.WaitingOnCustomer));

    private IRenderedComponent<BoardRows> RenderRows(params SlaReading[] readings) => Context.Render<BoardRows>(parameters => parameters
        .Add(p => p.Rows, BoardRowView.For([.. readings.Select((sla, i) => Row(41 + i, sla))], Zone))
        .Add(p => p.TimeZone, Zone));

    private static string Text(IRenderedComponent<BoardRows> rows, int ticketId) =>
        rows.Find($"tr[data-ticket='{ticketId}'] .sla-countdown__text").TextContent;

    [Fact]
    public void A_tick_moves_the_running_clocks_in_one_render()
    {
        var rows = RenderRows(Running(), Paused());
        var renders = rows.RenderCount;

        AdvanceSeconds(1);

        rows.WaitForAssertion(() => Assert.Equal("22:59:59", Text(rows, 41)));
        Assert.Equal(renders + 1, rows.RenderCount);
        Assert.Equal("2d 23:00:00, paused: waiting on customer", Text(rows, 42));
    }

    [Fact]
    public void A_tick_that_changes_no_words_does_not_render()
    {
        var rows = RenderRows(Paused(), Paused());
        var renders = rows.RenderCount;

        AdvanceSeconds(3);

        Assert.Equal(renders, rows.RenderCount);
        Assert.Equal("2d 23:00:00, paused: waiting on customer", Text(rows, 41));
    }

    [Fact]
    public void A_new_page_shows_its_own_readings_and_ticks_them()
    {
        var rows = RenderRows(Running());
        AdvanceSeconds(5);
        rows.WaitForAssertion(() => Assert.Equal("22:59:55", Text(rows, 41)));

        rows.Render(parameters => parameters.Add(p => p.Rows, BoardRowView.For([Row(50, Paused()), Row(51, Running())], Zone)));
        AdvanceSeconds(1);

        rows.WaitForAssertion(() => Assert.Equal("22:59:54", Text(rows, 51)));
        Assert.Equal("2d 23:00:00, paused: waiting on customer", Text(rows, 50));
        Assert.Equal(["50", "51"], rows.FindAll("tr").Select(tr => tr.GetAttribute("data-ticket")));
    }

    [Fact]
    public void A_row_the_board_kept_keeps_its_words_until_the_next_tick()
    {
        var reading = Running();
        var first = BoardRowView.For([Row(41, reading)], Zone);
        var rows = Context.Render<BoardRows>(parameters => parameters.Add(p => p.Rows, first).Add(p => p.TimeZone, Zone));
        AdvanceSeconds(1);
        rows.WaitForAssertion(() => Assert.Equal("22:59:59", Text(rows, 41)));

        // Half a second later the board reloads and keeps the row (BoardRowView.KeepUnchanged keeps the same view).
        Time.Advance(TimeSpan.FromMilliseconds(500));
        rows.Render(parameters => parameters.Add(p => p.Rows, [.. first]));

        Assert.Equal("22:59:59", Text(rows, 41));
    }

    public static TheoryData<string, string> Readings => new()
    {
        // label, the reading's history: a customer message and what followed
        { "running", "" },
        { "paused", "paused" },
        { "met", "replied" },
        { "breached", "breached" },
    };

    [Theory]
    [MemberData(nameof(Readings))]
    public void An_inline_countdown_is_the_same_markup_as_the_countdown_component(string label, string history)
    {
        var reading = history switch
        {
            "paused" => Paused(),
            "replied" => ReadNow(CustomerWrites("Tue 2026-03-10 09:00", Gold), AgentReplies("Tue 2026-03-10 10:00")),
            "breached" => ReadNow(CustomerWrites("Fri 2026-03-06 09:00", Platinum)),
            _ => Running(),
        };
        var component = Context.Render<SlaCountdown>(parameters => parameters.Add(p => p.Reading, reading).Add(p => p.TimeZone, Zone));

        var rows = RenderRows(reading);

        var inline = rows.Find("td.board-table__sla > .sla-countdown");
        Assert.True(component.Find(".sla-countdown").OuterHtml == inline.OuterHtml, label);
    }

    [Fact]
    public async Task Removing_the_rows_stops_their_ticks()
    {
        RenderRows(Running());
        Assert.Equal(1, Ticker.SubscriberCount);

        await Context.DisposeComponentsAsync();

        Assert.Equal(0, Ticker.SubscriberCount);
    }
}
