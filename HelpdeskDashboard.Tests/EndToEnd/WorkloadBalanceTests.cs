using static Microsoft.Playwright.Assertions;

namespace HelpdeskDashboard.Tests.EndToEnd;

/// <summary>Issue 14, point 10, on the demo team: loads as labelled bars, and one-click suggestions that spread.</summary>
[Collection(DemoBrowserCollection.Name)]
public sealed class WorkloadBalanceTests(DemoBrowserFixture browser) : IAsyncLifetime
{
    private BrowserSession _session = null!;

    public async ValueTask InitializeAsync() => _session = await browser.NewSessionAsync();

    public ValueTask DisposeAsync() => _session.DisposeAsync();

    [Fact]
    public async Task The_manager_sees_every_queue_as_a_bar_and_suggestions_that_do_not_all_name_one_agent()
    {
        var page = _session.Page;
        await page.SignInAsync(browser, DemoSignIn.Manager, "/manager/workload");
        await page.WaitForInteractiveAsync();

        var bars = page.GetByTestId("load-bars").Locator("li");
        await Expect(bars.First).ToContainTextAsync("points", new() { Timeout = 10_000 });
        Assert.Equal(await page.GetByTestId("workload-agent").CountAsync(), await bars.CountAsync());

        await page.GetByLabel("Due within (business hours)").FillAsync("200");
        await page.GetByLabel("Due within (business hours)").PressAsync("Tab");
        var moves = page.GetByTestId("quick-move");
        await Expect(moves.Nth(2)).ToBeVisibleAsync(new() { Timeout = 10_000 });

        var targets = (await moves.AllTextContentsAsync()).Select(t => t.Trim()).Distinct().ToList();
        Assert.True(targets.Count >= 2, $"every suggestion names {string.Join(", ", targets)}");
    }
}
