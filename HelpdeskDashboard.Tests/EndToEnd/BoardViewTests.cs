using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HelpdeskDashboard.Tests.EndToEnd;

/// <summary>Issue 14, point 7: counters count what the list shows and filter it; the view survives a reload.</summary>
[Collection(DemoBrowserCollection.Name)]
public sealed partial class BoardViewTests(DemoBrowserFixture browser) : IAsyncLifetime
{
    private static readonly LocatorAssertionsToHaveAttributeOptions Soon = new() { Timeout = 10_000 };

    private BrowserSession _session = null!;

    public async ValueTask InitializeAsync() => _session = await browser.NewSessionAsync();

    public ValueTask DisposeAsync() => _session.DisposeAsync();

    [Fact]
    public async Task A_counter_shows_its_tickets_and_a_reload_shows_the_same_view()
    {
        var page = _session.Page;
        var board = new BoardPage(page);
        await page.SignInAsync(browser, DemoSignIn.Agent, "/board?scope=all");
        await page.WaitForInteractiveAsync();
        await Expect(board.Rows.First).ToBeVisibleAsync(new() { Timeout = 10_000 });

        var breached = board.Counter("breached");
        var count = int.Parse(CounterNumber().Match(await breached.TextContentAsync() ?? "").Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(count > 0, "the demo data has breached tickets");
        await breached.ClickAsync();

        await Expect(page).ToHaveURLAsync(browser.Url("/board?scope=all&state=breached"));
        await Expect(breached).ToHaveAttributeAsync("aria-pressed", "true", Soon);
        await Expect(page.GetByTestId("page-range")).ToHaveTextAsync(new Regex($"of {count}$"));
        Assert.Equal(Math.Min(count, 50), await board.Rows.CountAsync());
        Assert.Equal(await board.Rows.CountAsync(), await board.Rows.Locator(".sla-countdown[data-tone='Breached']").CountAsync());

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();

        await Expect(board.Counter("breached")).ToHaveAttributeAsync("aria-pressed", "true", Soon);
        await Expect(page.GetByLabel("SLA state", new() { Exact = true })).ToHaveValueAsync("Breached");
        await Expect(page.GetByTestId("scope").GetByRole(AriaRole.Radio, new() { Name = "All", Exact = true })).ToBeCheckedAsync();
    }

    [Fact]
    public async Task A_saved_view_keeps_its_live_count_and_brings_the_view_back()
    {
        var page = _session.Page;
        var board = new BoardPage(page);
        await page.SignInAsync(browser, DemoSignIn.Manager, "/board?scope=unassigned&state=at-risk");
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("page-range").Or(page.GetByTestId("board-empty"))).ToBeVisibleAsync(new() { Timeout = 10_000 });
        var atRisk = CounterNumber().Match(await board.Counter("at-risk").TextContentAsync() ?? "").Value;

        await page.GetByRole(AriaRole.Button, new() { Name = "Save this view" }).ClickAsync();
        await page.GetByLabel("Name of this view").FillAsync("Unassigned at risk");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        var saved = page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex($@"^Unassigned at risk\s*{atRisk}\s*open tickets$") });
        await Expect(saved).ToHaveAttributeAsync("aria-current", "page", Soon);

        await page.GotoAsync(browser.Url("/board"));
        await page.WaitForInteractiveAsync();
        await Expect(saved).Not.ToHaveAttributeAsync("aria-current", "page", Soon);
        await saved.ClickAsync();

        await Expect(page).ToHaveURLAsync(browser.Url("/board?scope=unassigned&state=at-risk"));
        await Expect(board.Counter("at-risk")).ToHaveAttributeAsync("aria-pressed", "true", Soon);
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex CounterNumber();
}
