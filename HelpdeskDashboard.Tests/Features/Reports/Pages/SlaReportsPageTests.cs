using Bunit;
using HelpdeskDashboard.Features.Reports;
using HelpdeskDashboard.Features.Reports.Pages;
using HelpdeskDashboard.Tests.Features.Tickets.Support;
using Microsoft.Extensions.DependencyInjection;
using TestContext = Xunit.TestContext;

namespace HelpdeskDashboard.Tests.Features.Reports.Pages;

public sealed class SlaReportsPageTests : ReportsPageTestBase
{
    private IRenderedComponent<SlaReportsPage> Open(string? period = "2026-02") =>
        RenderAt<SlaReportsPage>(period is null ? "manager/reports" : $"manager/reports?period={period}");

    /// <summary>A table's body rows as "name | measured | share met | breached | first median | first P90 | all median | all P90".</summary>
    private static List<string> Rows(IRenderedComponent<SlaReportsPage> page, string table) =>
    [
        .. page.FindAll($"[data-testid={table}] tbody tr, [data-testid={table}] tfoot tr")
            .Select(row => string.Join(" | ", row.Children.Select(Text))),
    ];

    private static string Href(IRenderedComponent<SlaReportsPage> page, string table, string key, int column) =>
        page.Find($"[data-testid={table}] tr[data-key='{key}']").Children[column].QuerySelector("a")!.GetAttribute("href")!;

    [Fact]
    public void The_tier_table_shows_measured_share_met_breached_and_the_business_time_medians_and_P90s()
    {
        var page = Open();

        Assert.Equal("February 2026", Text(page.Find("[data-testid=period-label]")));
        Assert.Equal(
            [
                "Basic | 2 | – | 0 | 3 h | 3 h | 3 h | 7 h",
                "Gold | 6 | 66.6 % | 2 | 1 h | 2 h | 5 h | 100 h",
                "Platinum | 0 | – | 0 | – | – | – | –",
                "All tiers | 8 | 66.6 % | 2 | 2 h | 3 h | 5 h | 100 h",
            ],
            Rows(page, "tiers"));
    }

    [Fact]
    public void Agents_and_customers_are_listed_worst_first_those_without_a_target_last()
    {
        var page = Open();

        Assert.Equal(
            ["Tom Berg | 2 | 50.0 % | 1 | 1 h | 1 h | 1 h | 100 h", "Mara Lind | 4 | 75.0 % | 1 | 2 h | 2 h | 5 h | 80 h", "Unassigned | 2 | – | 0 | 3 h | 3 h | 3 h | 7 h"],
            Rows(page, "agents"));
        Assert.Equal(
            ["Brandt Logistik AG", "Kessler Steuerungsbau GmbH", "Weber Druck KG"],
            page.FindAll("[data-testid=customers] tbody th").Select(Text));
    }

    [Fact]
    public void Every_number_links_to_the_clocks_behind_it_with_the_filters_of_its_row_and_column()
    {
        var page = Open();

        Assert.Equal("manager/reports/clocks?period=2026-02&tier=Gold&outcome=met", Href(page, "tiers", "Gold", 2));
        Assert.Equal($"manager/reports/clocks?period=2026-02&customer={Brandt}&outcome=breached", Href(page, "customers", $"{Brandt}", 3));
        Assert.Equal($"manager/reports/clocks?period=2026-02&agent={Tom}&first=true", Href(page, "agents", $"{Tom}", 4));
        Assert.Equal("manager/reports/clocks?period=2026-02&agent=unassigned", Href(page, "agents", "unassigned", 1));
        Assert.Equal(
            "manager/reports/clocks?period=2026-02&outcome=breached",
            page.Find("[data-testid=tiers] tfoot td:nth-of-type(3) a").GetAttribute("href"));
        // A link's name says whose number it is, not just "2".
        Assert.Equal("Brandt Logistik AG, breached: 1", page.Find($"[data-testid=customers] tr[data-key='{Brandt}'] td:nth-of-type(3) a").GetAttribute("aria-label"));
    }

    [Fact]
    public void Nothing_to_count_is_a_dash_without_a_link()
    {
        var page = Open();

        var platinum = page.Find("[data-testid=tiers] tr[data-key='Platinum']");
        Assert.Empty(platinum.QuerySelectorAll("a"));
    }

    [Fact]
    public void Every_chart_is_hidden_from_screen_readers_and_has_a_table_with_its_numbers_behind_it()
    {
        var page = Open();

        foreach (var table in new[] { "trend-share-table", "trend-breaches-table", "trend-backlog-table" })
        {
            var section = page.Find($"[data-testid={table}]").Closest("section")!;
            Assert.Equal("true", section.QuerySelector("div[aria-hidden]")!.GetAttribute("aria-hidden"));
            Assert.NotNull(section.QuerySelector("div[aria-hidden] svg"));
            Assert.Equal(12, page.FindAll($"[data-testid={table}] tbody tr").Count);
        }

        Assert.Equal(
            ["February 2026", "–", "66.6 %", "–"],
            page.Find("[data-testid=trend-share-table] tr[data-month='2026-02']").Children.Select(Text));
        Assert.Equal(
            ["February 2026", "0", "2", "0"],
            page.Find("[data-testid=trend-breaches-table] tr[data-month='2026-02']").Children.Select(Text));
        Assert.Equal(["Month", "Under 1 day", "1–3 days", "3–7 days", "Over 7 days", "Total"], page.FindAll("[data-testid=trend-backlog-table] thead th").Select(Text));
    }

    [Fact]
    public void An_agent_is_told_the_reports_are_for_managers_and_sees_no_numbers()
    {
        User = FakeCurrentUser.Agent();

        var page = Open();

        Assert.Equal("Only a manager can see SLA reports.", Text(page.Find("[data-testid=report-denied]")));
        Assert.Empty(page.FindAll("table"));
    }

    [Fact]
    public void A_period_without_finished_clocks_says_there_is_nothing_to_measure()
    {
        var page = Open("2026-01");

        Assert.Contains("No response clock stopped in January 2026", Text(page.Find("[data-testid=report-empty]")), StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=tiers]"));
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-Q5")]
    [InlineData("2026-03-10..2026-01-01")]
    [InlineData("2020-01-01..2026-01-01")]
    [InlineData("last month")]
    public void A_period_in_the_address_the_page_cannot_read_is_explained_with_the_forms_it_can(string period)
    {
        var page = RenderAt<SlaReportsPage>($"manager/reports?period={Uri.EscapeDataString(period)}");

        var problem = Text(page.Find("[data-testid=period-problem]"));
        Assert.Contains($"'{period}' is not a period this report can show", problem, StringComparison.Ordinal);
        Assert.Contains("a month (2026-11), a quarter (2026-Q4) or a range of days (2026-10-01..2026-11-15)", problem, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=tiers]"));
        Assert.Empty(page.FindAll("[data-testid=trend-share-table]"));
        Assert.DoesNotContain("Loading", page.Markup, StringComparison.Ordinal);
        Assert.NotEmpty(page.FindAll("[data-testid=period-select]"));
    }

    [Fact]
    public void Without_a_period_the_page_shows_the_current_company_month()
    {
        var page = Open(period: null);

        Assert.Equal("March 2026", Text(page.Find("[data-testid=period-label]")));
    }

    [Fact]
    public void A_quarter_and_a_range_count_the_clocks_that_stopped_in_them()
    {
        Assert.Equal("Gold | 6 | 66.6 % | 2 | 1 h | 2 h | 5 h | 100 h", Rows(Open("2026-Q1"), "tiers")[1]);
        // 1–10 February: Kessler's 2 h, 5 h and 10 h and Brandt's 1 h (Gold); Weber's 3 h (Basic).
        Assert.Equal("Gold | 4 | 100.0 % | 0 | 1 h | 2 h | 2 h | 10 h", Rows(Open("2026-02-01..2026-02-10"), "tiers")[1]);
    }

    [Fact]
    public async Task The_CSV_cells_are_the_strings_the_page_shows_for_the_same_period()
    {
        var page = Open();
        var period = ReportPeriod.Month(2026, 2);
        var report = (await Context.Services.GetRequiredService<SlaReportQuery>().GetAsync(period, TestContext.Current.CancellationToken)).Value!;

        foreach (var (table, rows) in new[] { ("tiers", report.Tiers.Append(report.Total).ToList()), ("agents", [.. report.Agents]), ("customers", [.. report.Customers]) })
        {
            var csv = ReportCsv.Rows(period, rows).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            var cells = csv.Skip(1).Select(line => line.Split(',')).Select(c => string.Join(" | ", c[3], c[4], c[7], c[8], c[10], c[11], c[12], c[13]));
            Assert.Equal(Rows(page, table), cells);
        }
    }
}
