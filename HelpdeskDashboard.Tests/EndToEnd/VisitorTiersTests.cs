using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HelpdeskDashboard.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public sealed class VisitorTiersTests(BrowserFixture browser) : IAsyncLifetime
{
    private BrowserSession _session = null!;

    public async ValueTask InitializeAsync() => _session = await browser.NewSessionAsync();

    public ValueTask DisposeAsync() => _session.DisposeAsync();

    [Fact]
    public async Task Visitor_compares_tiers_switches_to_dark_mode_by_keyboard_and_goes_home_through_the_drawer()
    {
        var page = _session.Page;
        await page.GotoAsync(browser.Url("/tiers"));
        await page.WaitForInteractiveAsync();

        await Expect(page.Locator("section[data-tier]")).ToHaveCountAsync(3);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Platinum", Level = 2 })).ToBeVisibleAsync();
        await Expect(page.Locator("section[data-tier='Platinum'] [data-fact='response-target']")).ToHaveTextAsync("24 business hours");

        var lightBackground = await page.BackgroundColourAsync();
        await page.TabToAsync("Switch to dark mode");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator(".app-shell")).ToHaveAttributeAsync("data-theme", "dark");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Switch to light mode" })).ToBeFocusedAsync();
        await page.WaitForFunctionAsync("before => getComputedStyle(document.body).backgroundColor !== before", lightBackground);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Home" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(browser.Url("/"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Helpdesk Dashboard", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator(".app-shell")).ToHaveAttributeAsync("data-theme", "dark");
    }
}

[Collection(BrowserCollection.Name)]
public sealed class SystemColourSchemeTests(BrowserFixture browser) : IAsyncLifetime
{
    private BrowserSession _session = null!;

    public async ValueTask InitializeAsync() => _session = await browser.NewSessionAsync(new BrowserNewContextOptions
    {
        ColorScheme = ColorScheme.Dark,
        ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
    });

    public ValueTask DisposeAsync() => _session.DisposeAsync();

    [Fact]
    public async Task Visitor_whose_system_prefers_dark_starts_in_dark_mode()
    {
        var page = _session.Page;
        await page.GotoAsync(browser.Url("/"));
        await page.WaitForInteractiveAsync();

        await Expect(page.Locator(".app-shell")).ToHaveAttributeAsync("data-theme", "dark");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Switch to light mode" })).ToBeVisibleAsync();
    }
}
