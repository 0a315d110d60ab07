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

    [GeneratedRegex(@"\d+")]
    private static partial Regex CounterNumber();
}
