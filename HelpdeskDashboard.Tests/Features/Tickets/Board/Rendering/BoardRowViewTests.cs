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
        var second = BoardRowView.For(read, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));

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

    private static List<BoardRow> Rows() =>
    [
        new BoardRow(
            7, 1, 3, "Aurora <Robotics> AG", Tier.Platinum, "Encoder fault", TicketKind.SupportInquiry, TicketStatus.Open, null, null,
            new SlaReading { AsOf = Due.AddHours(-2), State = SlaState.Running, Due = Due, Remaining = TimeSpan.FromHours(2), Target = TimeSpan.FromHours(24) }),
    ];
}
