using HelpdeskDashboard.Features.Tickets.Board;
using HelpdeskDashboard.Features.Tiers;

namespace HelpdeskDashboard.Tests.Features.Tickets.Board;

public sealed class BoardLinkTests
{
    public static TheoryData<string, BoardFilter, int, string> Views => new()
    {
        { "the board's defaults", BoardLink.Default, 1, "board" },
        { "every setting", new BoardFilter(BoardScope.All, Tier.Platinum, BoardSlaFilter.OutsideBusinessHours, "printer 3", BoardSort.Assignee, true), 4,
            "board?scope=all&tier=platinum&state=outside-business-hours&q=printer%203&sort=assignee&dir=desc&page=4" },
        { "a search with & and ?", BoardLink.Default with { Search = "R&D? 100%" }, 1, "board?q=R%26D%3F%20100%25" },
        { "due today", BoardLink.Default with { Sla = BoardSlaFilter.DueToday }, 1, "board?state=due-today" },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public void A_view_has_one_address_that_reads_back_as_the_same_view(string label, BoardFilter filter, int page, string address)
    {
        _ = label;
        Assert.Equal(address, BoardLink.For(filter, page));

        var query = address.Contains('?', StringComparison.Ordinal) ? address[address.IndexOf('?', StringComparison.Ordinal)..] : "";
        Assert.Equal((filter, page, 0), Read(query));
    }

    public static TheoryData<string, string, BoardFilter> Spellings => new()
    {
        { "enum names in any case", "?scope=ALL&state=AtRisk", BoardLink.Default with { Scope = BoardScope.All, Sla = BoardSlaFilter.AtRisk } },
        { "underscores for dashes", "?state=no_sla", BoardLink.Default with { Sla = BoardSlaFilter.NoSla } },
        { "empty values are defaults", "?scope=&q=", BoardLink.Default },
        { "a search is trimmed", "?q=%20%20gold%20", BoardLink.Default with { Search = "gold" } },
    };

    [Theory]
    [MemberData(nameof(Spellings))]
    public void Other_spellings_read_as_the_same_view(string label, string query, BoardFilter expected)
    {
        _ = label;
        Assert.Equal((expected, 1, 0), Read(query));
    }

    [Theory]
    [InlineData("a number for a scope", "?scope=1", "The link's scope “1” is not one the board knows; it was left out.")]
    [InlineData("page zero", "?page=0", "The link's page “0” is not one the board knows; it was left out.")]
    [InlineData("a negative page", "?page=-2", "The link's page “-2” is not one the board knows; it was left out.")]
    [InlineData("a page whose first row overflows", "?page=2147483647", "The link's page “2147483647” is not one the board knows; it was left out.")]
    [InlineData("an unknown direction", "?dir=up", "The link's dir “up” is not one the board knows; it was left out.")]
    [InlineData("an unknown setting", "?color=red", "The board has no setting “color”; it was left out.")]
    public void What_cannot_be_read_stays_at_its_default_and_is_named(string label, string query, string problem)
    {
        _ = label;
        var (filter, page, problems) = BoardLink.Parse(query);

        Assert.Equal((BoardLink.Default, 1), (filter, page));
        Assert.Equal(problem, Assert.Single(problems));
    }

    [Fact]
    public void A_search_longer_than_the_limit_is_left_out_with_a_reason()
    {
        var (filter, _, problems) = BoardLink.Parse("?q=" + new string('x', BoardLink.SearchMaxLength + 1));

        Assert.Null(filter.Search);
        Assert.Equal($"The search in the link is longer than {BoardLink.SearchMaxLength} characters and was left out.", Assert.Single(problems));
    }

    private static (BoardFilter, int, int) Read(string query)
    {
        var (filter, page, problems) = BoardLink.Parse(query);
        return (filter, page, problems.Count);
    }
}
