using System.Net;
using AngleSharp.Html.Parser;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Reports;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets.ResponseClock;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Platform.Time;
using HelpdeskDashboard.Tests.Features.Accounts;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestContext = Xunit.TestContext;

namespace HelpdeskDashboard.Tests.Features.Reports.Pages;

/// <summary>
/// The CSV exports over real HTTP with real sign-ins, on an app holding one finished clock this company month: the Gold
/// demo customer's ticket, answered by the demo agent after 5 h 12 business minutes (met).
/// </summary>
public sealed class ReportCsvHttpTests(SignedInAppFixture fixture) : IClassFixture<SignedInAppFixture>, IAsyncLifetime
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private ReportPeriod _month = null!;

    public async ValueTask InitializeAsync()
    {
        var services = fixture.App.Services;
        var clock = services.GetRequiredService<CompanyClock>();
        _month = ReportPeriod.MonthOf(clock.Today);
        await using var db = await services.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>().CreateDbContextAsync(Cancel);
        if (await db.ResponseClocks.AnyAsync(r => r.TicketId == fixture.GoldTicketId, Cancel))
        {
            return;
        }

        // Stopped a minute ago: inside this company month unless the test runs in its first minute.
        var stopped = TimeProvider.System.GetUtcNow().AddMinutes(-1);
        var agent = await db.Agents.Where(a => a.Email == DemoAccounts.AgentEmail).Select(a => a.Id).SingleAsync(Cancel);
        db.ResponseClocks.Add(new ResponseClockRecord
        {
            TicketId = fixture.GoldTicketId,
            CustomerId = fixture.GoldCustomerId,
            TierAtStart = Tier.Gold,
            TargetTicks = TimeSpan.FromHours(72).Ticks,
            AssigneeAgentId = agent,
            RepliedByAgentId = agent,
            StartedUtcTicks = stopped.AddHours(-6).UtcTicks,
            StoppedUtcTicks = stopped.UtcTicks,
            DueUtcTicks = stopped.AddDays(3).UtcTicks,
            BusinessTicks = new TimeSpan(5, 12, 0).Ticks,
            IsFirstResponse = true,
            StopReason = SlaStopReason.AgentReply,
            StoppedMonth = (_month.First.Year * 100) + _month.First.Month,
        });
        await db.SaveChangesAsync(Cancel);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<(HttpStatusCode Status, string Body, HttpResponseMessage Response)> GetAsync(Visitor visitor, string path)
    {
        var response = await fixture.For(visitor).GetAsync(new Uri(path, UriKind.Relative), Cancel);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Cancel), response);
    }

    [Theory]
    [InlineData("tiers")]
    [InlineData("agents")]
    [InlineData("customers")]
    public async Task The_exported_cells_are_the_strings_the_page_shows_for_the_same_period(string table)
    {
        var (status, csv, response) = await GetAsync(Visitor.Manager, $"/manager/reports/{table}.csv?period={_month}");
        var (_, html, _) = await GetAsync(Visitor.Manager, $"/manager/reports?period={_month}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"sla-{table}-{_month}.csv", response.Content.Headers.ContentDisposition?.FileName);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', ReportCsv.RowColumns), lines[0]);
        var exported = lines.Skip(1).Select(line => line.Split(','))
            .Select(c => string.Join(" | ", c[3], c[4], c[7], c[8], c[10], c[11], c[12], c[13]));
        var shown = new HtmlParser().ParseDocument(html).QuerySelectorAll($"[data-testid={table}] tbody tr, [data-testid={table}] tfoot tr")
            .Select(row => string.Join(" | ", row.Children.Select(cell => cell.TextContent.Trim())));
        Assert.Equal(shown, exported);
        Assert.Contains(exported, line => line.EndsWith("| 1 | 100.0 % | 0 | 5 h 12 min | 5 h 12 min | 5 h 12 min | 5 h 12 min", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_drill_down_export_lists_the_clock_with_its_ticket_and_outcome()
    {
        var (status, csv, _) = await GetAsync(Visitor.Manager, $"/manager/reports/clocks.csv?period={_month}&tier=Gold&outcome=met");

        Assert.Equal(HttpStatusCode.OK, status);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', ReportCsv.ClockColumns), lines[0]);
        var row = Assert.Single(lines.Skip(1)).Split(',');
        Assert.Equal([$"{fixture.GoldTicketId}", "Gold", "5 h 12 min", "72 h", "Met", "yes"], [row[0], row[4], row[8], row[9], row[10], row[11]]);
    }

    [Fact]
    public async Task The_trend_export_has_a_line_per_month_with_each_tiers_numbers_and_the_backlog()
    {
        var (status, csv, _) = await GetAsync(Visitor.Manager, "/manager/reports/trend.csv");

        Assert.Equal(HttpStatusCode.OK, status);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("month,basic_measured,basic_breached,basic_share_met,gold_measured,", lines[0], StringComparison.Ordinal);
        Assert.EndsWith(string.Join(',', ReportCsv.BacklogColumns), lines[0], StringComparison.Ordinal);
        Assert.Equal(13, lines.Length);
        Assert.StartsWith($"{_month},", lines[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Visitor.Agent)]
    [InlineData(Visitor.GoldCustomer)]
    public async Task Anyone_but_a_manager_is_refused_the_export_with_a_403_page(Visitor visitor)
    {
        var client = fixture.For(visitor);
        using var redirect = await client.GetAsync(new Uri($"/manager/reports/tiers.csv?period={_month}", UriKind.Relative), Cancel);
        using var page = await client.GetAsync(redirect.Headers.Location, Cancel);

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.StartsWith(AccountPaths.AccessDenied, redirect.RedirectTarget(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
    }

    [Theory]
    [InlineData("/manager/reports/tiers.csv")]
    [InlineData("/manager/reports/customers.csv?period=2026-13")]
    [InlineData("/manager/reports/clocks.csv?period=2026-Q9")]
    public async Task A_period_the_export_cannot_read_is_answered_with_400_and_the_forms_it_takes(string path)
    {
        var (status, body, _) = await GetAsync(Visitor.Manager, path);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("a month (2026-11), a quarter (2026-Q4) or a range of days (2026-10-01..2026-11-15)", WebUtility.HtmlDecode(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_answers_an_unreadable_period_with_the_explanation_not_an_error()
    {
        var (status, html, _) = await GetAsync(Visitor.Manager, "/manager/reports?period=soon");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("'soon' is not a period this report can show", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }
}
