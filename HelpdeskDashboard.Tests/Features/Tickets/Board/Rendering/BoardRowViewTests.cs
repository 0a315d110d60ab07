using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.Board;
using HelpdeskDashboard.Features.Tickets.Board.Rendering;
using HelpdeskDashboard.Features.Tiers;

namespace HelpdeskDashboard.Tests.Features.Tickets.Board.Rendering;

/// <summary>Boards that share a read of their page (SharedBoardPages) share its row views too, per zone.</summary>
public sealed class BoardRowViewTests
{
    private static readonly DateTimeOffset Due = new(2026, 5, 13, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Fact]
    public void Boards_in_one_zone_given_the_same_read_share_one_set_of_row_views()
    {
        var read = Rows();

        var first = BoardRowView.For(read, Berlin);
        // Another instance of the same zone (each circuit resolves its viewer's zone): matched by id, not by reference.
        // (Linux's own Berlin rules are refused by CreateCustomTimeZone; only the id matters here.)
        var sameZone = TimeZoneInfo.CreateCustomTimeZone(Berlin.Id, Berlin.BaseUtcOffset, Berlin.DisplayName, Berlin.StandardName);
        Assert.NotSame(Berlin, sameZone);
        var second = BoardRowView.For(read, sameZone);

        Assert.Same(first, second);
    }

    [Fact]
    public void A_board_in_another_zone_gets_its_own_views_with_times_in_its_zone()
    {
        var read = Rows();

        var berlin = BoardRowView.For(read, Berlin);
        var newYork = BoardRowView.For(read, NewYork);

        Assert.NotSame(berlin, newYork);
        Assert.Contains(SlaCountdownText.Instant(Due, Berlin), berlin[0].Cells.Value, StringComparison.Ordinal);
        Assert.Contains(SlaCountdownText.Instant(Due, NewYork), newYork[0].Cells.Value, StringComparison.Ordinal);
        Assert.NotEqual(berlin[0].Cells.Value, newYork[0].Cells.Value);
    }

    [Fact]
    public void Another_read_of_the_same_rows_gets_views_of_its_own()
    {
        var first = BoardRowView.For(Rows(), Berlin);
        var second = BoardRowView.For(Rows(), Berlin);

        Assert.NotSame(first, second);
        Assert.Equal(first.Select(v => v.Cells.Value), second.Select(v => v.Cells.Value));
    }

    [Fact]
    public void After_a_reload_an_unchanged_row_keeps_its_view_and_reading_so_its_countdown_does_not_render_again()
    {
        var before = BoardRowView.For([Row(7), Row(8)], Berlin);

        var fresh = BoardRowView.For([Row(7, TenSecondsLater()), Row(8, TenSecondsLater())], Berlin);
        var shown = BoardRowView.KeepUnchanged(before, fresh, Engine);

        Assert.Same(before[0], shown[0]);
        Assert.Same(before[1], shown[1]);
    }

    public static TheoryData<string, BoardRow> ChangedRows => new()
    {
        { "its status changed", Row(7, TenSecondsLater()) with { Status = TicketStatus.OnHold } },
        { "its assignee changed", Row(7, TenSecondsLater()) with { AssigneeName = "Alex Agent", AssigneeAgentId = 2 } },
        {
            "its clock counted differently (a reply, a pause)",
            Row(7, TenSecondsLater(extraElapsed: TimeSpan.FromMinutes(1)))
        },
    };

    [Theory]
    [MemberData(nameof(ChangedRows))]
    public void A_row_whose_ticket_changed_shows_the_fresh_view_when(string _, BoardRow changed)
    {
        var before = BoardRowView.For([Row(7), Row(8)], Berlin);

        var fresh = BoardRowView.For([changed, Row(8, TenSecondsLater())], Berlin);
        var shown = BoardRowView.KeepUnchanged(before, fresh, Engine);

        Assert.Same(fresh[0], shown[0]);
        Assert.Same(before[1], shown[1]);
    }

    [Fact]
    public void A_first_load_or_a_page_of_other_tickets_shows_the_fresh_views()
    {
        var fresh = BoardRowView.For([Row(7)], Berlin);

        Assert.Same(fresh, BoardRowView.KeepUnchanged(null, fresh, Engine));
        Assert.Same(fresh, BoardRowView.KeepUnchanged(BoardRowView.For([Row(9)], Berlin), fresh, Engine));
    }

    // Wednesday 2026-05-13 10:00 UTC, business hours (Mon–Fri, whole days): a running 24 h clock with 22 h left.
    private static readonly DateTimeOffset Wednesday = new(2026, 5, 13, 10, 0, 0, TimeSpan.Zero);
    private static readonly SlaEngine Engine = new(new BusinessCalendar(new BusinessCalendarOptions()), new SlaOptions());
    private static readonly SlaReading Running = new()
    {
        AsOf = Wednesday, State = SlaState.Running, ClockStartedAt = Wednesday.AddHours(-2), Target = TimeSpan.FromHours(24),
        Due = Wednesday.AddHours(22), Elapsed = TimeSpan.FromHours(2), Remaining = TimeSpan.FromHours(22),
    };

    // The reading a fresh read gives ten seconds later: the running one moved forward, or counted differently.
    private static SlaReading TenSecondsLater(TimeSpan extraElapsed = default)
    {
        var advanced = Engine.Advance(Running, Wednesday.AddSeconds(10));
        return advanced with { Elapsed = advanced.Elapsed + extraElapsed, Remaining = advanced.Remaining - extraElapsed };
    }

    private static BoardRow Row(int ticketId, SlaReading? reading = null) =>
        new(ticketId, 1, 3, "Aurora Robotics AG", Tier.Platinum, $"Ticket {ticketId}", TicketKind.SupportInquiry, TicketStatus.Open, null, null, reading ?? Running);

    private static List<BoardRow> Rows() =>
    [
        new BoardRow(
            7, 1, 3, "Aurora <Robotics> AG", Tier.Platinum, "Encoder fault", TicketKind.SupportInquiry, TicketStatus.Open, null, null,
            new SlaReading { AsOf = Due.AddHours(-2), State = SlaState.Running, Due = Due, Remaining = TimeSpan.FromHours(2), Target = TimeSpan.FromHours(24) }),
    ];
}
