using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HelpdeskDashboard.Tests.EndToEnd;

/// <summary>Issue 14, point 11: the start page is each role's start, not a splash.</summary>
[Collection(DemoBrowserCollection.Name)]
public sealed class HomePageTests(DemoBrowserFixture browser) : IAsyncLifetime
{
    private static readonly LocatorAssertionsToContainTextOptions Soon = new() { Timeout = 10_000 };

    private BrowserSession _session = null!;

    public async ValueTask InitializeAsync() => _session = await browser.NewSessionAsync();

    public ValueTask DisposeAsync() => _session.DisposeAsync();

    [Fact]
    public async Task An_agent_starts_with_their_queue_and_its_deadlines()
    {
        var page = _session.Page;
        await page.SignInAsync(browser, DemoSignIn.Agent, "/");

        await Expect(page.GetByTestId("welcome")).ToHaveTextAsync("Welcome, Alex Agent");
        await Expect(page.GetByTestId("queue-total")).ToContainTextAsync("open.", Soon);
        await Expect(page.GetByTestId("mine-breached")).ToHaveAttributeAsync("href", "board?state=breached");
        await Expect(page.GetByTestId("next-deadlines").Locator("li").First).ToContainTextAsync("#");
        Assert.Empty(await page.GetByTestId("team-summary").AllAsync());
    }

    [Fact]
    public async Task A_manager_also_sees_the_teams_risk_and_who_is_overloaded()
    {
        var page = _session.Page;
        await page.SignInAsync(browser, DemoSignIn.Manager, "/");

        await Expect(page.GetByTestId("team-total")).ToContainTextAsync("open tickets in all.", Soon);
        await Expect(page.GetByTestId("team-breached")).ToHaveAttributeAsync("href", "board?scope=all&state=breached");
        await Expect(page.GetByTestId("overloaded-agents")).ToContainTextAsync(new System.Text.RegularExpressions.Regex("^\\s*(No agent is overloaded\\.|Overloaded: .+ points\\))\\s*$"));
        await Expect(page.GetByTestId("queue-summary")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_customer_starts_with_their_hours_and_open_tickets()
    {
        var page = _session.Page;
        await page.SignInAsync(browser, DemoSignIn.Customer);
        await page.GotoAsync(browser.Url("/"));

        await Expect(page.GetByTestId("hours-left")).ToContainTextAsync("left", Soon);
        await Expect(page.GetByTestId("customer-summary").GetByRole(AriaRole.Link, new() { Name = "New inquiry" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("open-tickets").Or(page.GetByTestId("no-open-tickets"))).ToBeVisibleAsync();
        Assert.Empty(await page.GetByTestId("queue-summary").AllAsync());
    }
}
