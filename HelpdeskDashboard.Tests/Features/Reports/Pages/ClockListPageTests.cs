using Bunit;
using HelpdeskDashboard.Features.Reports.Pages;
using HelpdeskDashboard.Tests.Features.Tickets.Support;

namespace HelpdeskDashboard.Tests.Features.Reports.Pages;

public sealed class ClockListPageTests : ReportsPageTestBase
{
    [Fact]
    public void The_breached_clocks_of_a_customer_are_listed_and_each_opens_its_ticket()
    {
        var page = RenderAt<ClockListPage>($"manager/reports/clocks?period=2026-02&customer={Brandt}&outcome=breached");

        var row = Assert.Single(page.FindAll("[data-testid=clock-row]"));
        Assert.Equal($"tickets/{BrandtBreachedTicket}", row.QuerySelector("[data-testid=ticket-link]")!.GetAttribute("href"));
        Assert.Equal(
            [$"#{BrandtBreachedTicket} Clock of 100 h", "Brandt Logistik AG", "Gold", "Tom Berg", "100 h", "72 h", "Breached"],
            row.Children.Select(Text).Where((_, i) => i is not 4 and not 5));
        Assert.Equal("Breached clocks of customer Brandt Logistik AG that stopped in February 2026", Text(page.Find("[data-testid=clock-filter]")));
        Assert.Equal("manager/reports?period=2026-02", page.Find("[data-testid=back-to-report]").GetAttribute("href"));
        Assert.Equal($"manager/reports/clocks.csv?period=2026-02&customer={Brandt}&outcome=breached", page.Find("[data-testid=csv-clocks]").GetAttribute("href"));
    }

    [Fact]
    public void First_responses_of_a_tier_are_the_tickets_first_clocks_only()
    {
        var page = RenderAt<ClockListPage>("manager/reports/clocks?period=2026-02&tier=Gold&first=true");

        Assert.Equal(2, page.FindAll("[data-testid=clock-row]").Count);
        Assert.All(page.FindAll("[data-testid=clock-outcome]"), cell => Assert.Equal("Met, first response", Text(cell)));
        Assert.Equal("Clocks 1–2 of 2", Text(page.Find("[data-testid=clock-count]")));
    }

    [Theory]
    [InlineData("period=2026-02&tier=Diamond", "'Diamond' is not a tier: use Basic, Gold, Platinum.")]
    [InlineData("period=2026-02&outcome=late", "'late' is not an outcome: use met, breached or no-target.")]
    [InlineData("period=2026-02&page=0", "'0' is not a page number.")]
    [InlineData("period=2026-02&agent=someone", "'someone' is not an agent number (or 'unassigned').")]
    [InlineData("period=2026-02-30..2026-03-01", "'2026-02-30..2026-03-01' is not a period this report can show: give a month (2026-11), a quarter (2026-Q4) or a range of days (2026-10-01..2026-11-15), at most 731 days.")]
    public void Filters_the_page_cannot_read_are_explained(string query, string problem)
    {
        var page = RenderAt<ClockListPage>($"manager/reports/clocks?{query}");

        Assert.Equal(problem, Text(page.Find("[data-testid=period-problem]")));
        Assert.Empty(page.FindAll("table"));
    }

    [Fact]
    public void Without_a_period_the_drill_down_lists_this_company_months_clocks()
    {
        var page = RenderAt<ClockListPage>("manager/reports/clocks?tier=Gold");

        Assert.Equal("All clocks of tier Gold that stopped in March 2026", Text(page.Find("[data-testid=clock-filter]")));
        Assert.NotEmpty(page.FindAll("[data-testid=clocks-empty]"));
    }

    [Fact]
    public void Filters_that_match_nothing_say_so()
    {
        var page = RenderAt<ClockListPage>("manager/reports/clocks?period=2026-01&outcome=breached");

        Assert.Equal("No response clock matches these filters.", Text(page.Find("[data-testid=clocks-empty]")));
    }

    [Fact]
    public void An_agent_is_told_the_drill_down_is_for_managers()
    {
        User = FakeCurrentUser.Agent();

        var page = RenderAt<ClockListPage>("manager/reports/clocks?period=2026-02");

        Assert.Equal("Only a manager can see SLA reports.", Text(page.Find("[data-testid=report-denied]")));
        Assert.Empty(page.FindAll("table"));
    }
}
