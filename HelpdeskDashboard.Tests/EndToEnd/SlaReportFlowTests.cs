using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Reports;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.ResponseClock;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Platform.Time;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HelpdeskDashboard.Tests.EndToEnd;

/// <summary>Its own app with demo data, so the finished clocks the reports read are the demo's.</summary>
public sealed class SlaReportBrowserFixture() : BrowserFixture(new HelpdeskAppFactory { SeedDemoData = true });

/// <summary>
/// Issue 18's report flow: a manager opens the SLA reports, switches to last month, drills down from the breached count to
/// a breached ticket and downloads the CSV; a customer reads their own record on the portal; both pass axe in light and
/// dark and fit a 390 px phone. The clocks come from the demo data (the start-up backfill writes them from the demo's
/// finished tickets); should last month hold no breached clock, one is recorded on a resolved demo ticket.
/// </summary>
public sealed class SlaReportFlowTests(SlaReportBrowserFixture browser) : IClassFixture<SlaReportBrowserFixture>, IAsyncLifetime
{
    private static readonly LocatorAssertionsToContainTextOptions SoonContains = new() { Timeout = 15_000 };
    private static readonly LocatorAssertionsToBeVisibleOptions Soon = new() { Timeout = 15_000 };
    private static readonly PageAssertionsToHaveURLOptions SoonUrl = new() { Timeout = 15_000 };

    private BrowserSession _session = null!;

    public async ValueTask InitializeAsync() => _session = await browser.NewSessionAsync();

    public async ValueTask DisposeAsync() => await _session.DisposeAsync();

    [Fact]
    public async Task A_manager_switches_to_last_month_drills_down_to_a_breached_ticket_and_downloads_the_CSV()
    {
        var lastMonth = await LastMonthWithABreachAsync();
        var page = _session.Page;
        await page.SignInAsync(browser, DemoSignIn.Manager, "/manager/reports");
        await page.WaitForInteractiveAsync();
        var thisMonth = ReportPeriod.MonthOf(Clock.Today);
        await Expect(page.GetByTestId("period-label")).ToHaveTextAsync(thisMonth.Label);

        // Switch the period: the address follows, so the report can be bookmarked.
        await page.GetByTestId("period-select").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = lastMonth.Label, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(browser.Url($"/manager/reports?period={lastMonth}"), SoonUrl);
        await Expect(page.GetByTestId("period-label")).ToHaveTextAsync(lastMonth.Label);

        // The period's breached count (the tier table's total row) opens the breached clocks; one of them its ticket.
        var total = page.GetByTestId("report-total");
        var breached = total.Locator("td[data-label='Breached'] a");
        var breachedCount = (await breached.TextContentAsync())!.Trim();
        await breached.ClickAsync();
        await Expect(page).ToHaveURLAsync(browser.Url($"/manager/reports/clocks?period={lastMonth}&outcome=breached"), SoonUrl);
        await Expect(page.GetByTestId("clock-count")).ToContainTextAsync($"of {breachedCount}", SoonContains);
        var firstRow = page.GetByTestId("clock-row").First;
        await Expect(firstRow.GetByTestId("clock-outcome")).ToContainTextAsync("Breached");
        var ticketId = await firstRow.GetAttributeAsync("data-ticket");
        await firstRow.GetByTestId("ticket-link").ClickAsync();
        await Expect(page).ToHaveURLAsync(browser.Url($"/tickets/{ticketId}"), SoonUrl);
        await Expect(page.Locator("h1")).ToContainTextAsync($"#{ticketId}", SoonContains);

        // Back on the report, the tier table's CSV holds the numbers the page shows.
        await page.GotoAsync(browser.Url($"/manager/reports?period={lastMonth}"));
        await page.WaitForInteractiveAsync();
        var shownTotal = await page.GetByTestId("report-total").Locator("td").AllTextContentsAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("csv-tiers").ClickAsync());
        Assert.Equal($"sla-tiers-{lastMonth}.csv", download.SuggestedFilename);
        var lines = (await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken))
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', ReportCsv.RowColumns), lines[0]);
        var totalLine = lines[^1].Split(',');
        Assert.Equal([lastMonth.ToString(), "Tier", "all"], totalLine[..3]);
        Assert.Equal(
            shownTotal.Select(cell => cell.Trim()),
            [totalLine[4], totalLine[7], totalLine[8], totalLine[10], totalLine[11], totalLine[12], totalLine[13]]);
        Assert.Equal(breachedCount, totalLine[8]);
    }

    [Fact]
    public async Task A_customer_reads_their_own_response_record_on_the_portal()
    {
        var page = _session.Page;
        await page.SignInAsync(browser, DemoSignIn.Customer, "/portal");
        await page.WaitForInteractiveAsync();

        var record = page.GetByTestId("sla-record");
        await Expect(record).ToBeVisibleAsync(Soon);
        await Expect(record.GetByTestId("sla-record-summary")).ToContainTextAsync("Last 3 months: ");
        await Expect(record.GetByRole(AriaRole.Heading, new() { Name = "How fast we replied" })).ToBeVisibleAsync();
        await Expect(record.Locator("[data-testid=sla-record-months] tbody tr")).ToHaveCountAsync(3);
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task The_report_the_drill_down_and_the_record_card_fit_a_phone_and_pass_axe(ColorScheme scheme)
    {
        var lastMonth = await LastMonthWithABreachAsync();
        var manager = PageVisit.Of(DemoSignIn.Manager, scheme, PageVisit.PhoneWidth);
        await using (var session = await manager.StartAsync(browser, bypassCsp: true))
        {
            await manager.OpenAsync(session.Page, browser, $"/manager/reports?period={lastMonth}");
            await Expect(session.Page.GetByTestId("tiers")).ToBeVisibleAsync(Soon);
            await Expect(session.Page.GetByTestId("trend-backlog-table")).ToBeVisibleAsync(Soon);
            await AssertCleanAsync(session.Page, $"report ({scheme})");

            await manager.OpenAsync(session.Page, browser, $"/manager/reports/clocks?period={lastMonth}&outcome=breached");
            await Expect(session.Page.GetByTestId("clocks")).ToBeVisibleAsync(Soon);
            await AssertCleanAsync(session.Page, $"drill-down ({scheme})");
        }

        var customer = PageVisit.Of(DemoSignIn.Customer, scheme, PageVisit.PhoneWidth);
        await using (var session = await customer.StartAsync(browser, bypassCsp: true))
        {
            await customer.OpenAsync(session.Page, browser, "/portal");
            await Expect(session.Page.GetByTestId("sla-record")).ToBeVisibleAsync(Soon);
            await AssertCleanAsync(session.Page, $"portal record card ({scheme})");
        }
    }

    private CompanyClock Clock => browser.App.Services.GetRequiredService<CompanyClock>();

    private static async Task AssertCleanAsync(IPage page, string what)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = AxeCore.Source });
        var violations = await page.EvaluateAsync<string[]>(AccessibilitySweepTests.RunAxe);
        Assert.True(violations.Length == 0, $"{what}:\n{string.Join("\n", violations)}");
        var overflow = await page.EvaluateAsync<string[]>(NoSidewaysScrollTests.OverflowScript);
        Assert.True(overflow.Length == 0, $"{what} at 390 px:\n{string.Join("\n", overflow)}");
    }

    /// <summary>
    /// Last company month, after making sure it holds a breached clock: the demo's (written by the start-up backfill)
    /// when there is one, else one recorded here on a resolved demo ticket of a Gold customer.
    /// </summary>
    private async Task<ReportPeriod> LastMonthWithABreachAsync()
    {
        var lastMonth = ReportPeriod.MonthOf(Clock.Today.AddMonths(-1));
        var (from, to) = lastMonth.Bounds(Clock);
        await using var db = await browser.App.Services.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>()
            .CreateDbContextAsync(TestContext.Current.CancellationToken);
        if (await db.ResponseClocks.AnyAsync(
            r => r.IsBreached && r.StoppedUtcTicks >= from.UtcTicks && r.StoppedUtcTicks < to.UtcTicks, TestContext.Current.CancellationToken))
        {
            return lastMonth;
        }

        var ticket = await db.Tickets.AsNoTracking()
            .Where(t => t.Status == TicketStatus.Resolved || t.Status == TicketStatus.Closed)
            .Join(db.Customers.Where(c => c.CurrentTier == Tier.Gold), t => t.CustomerId, c => c.Id, (t, _) => t)
            .OrderBy(t => t.Id)
            .FirstAsync(TestContext.Current.CancellationToken);
        var stopped = from.AddDays(10);
        db.ResponseClocks.Add(new ResponseClockRecord
        {
            TicketId = ticket.Id,
            CustomerId = ticket.CustomerId,
            TierAtStart = Tier.Gold,
            TargetTicks = TimeSpan.FromHours(72).Ticks,
            AssigneeAgentId = ticket.AssigneeAgentId,
            StartedUtcTicks = stopped.AddDays(-6).UtcTicks,
            StoppedUtcTicks = stopped.UtcTicks,
            DueUtcTicks = stopped.AddDays(-2).UtcTicks,
            BusinessTicks = TimeSpan.FromHours(80).Ticks,
            IsBreached = true,
            IsFirstResponse = true,
            StopReason = SlaStopReason.Resolved,
            StoppedMonth = (lastMonth.First.Year * 100) + lastMonth.First.Month,
        });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return lastMonth;
    }
}
