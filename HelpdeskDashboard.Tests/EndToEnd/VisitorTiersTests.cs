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
    public async Task Visitor_compares_tiers_switches_to_dark_mode_by_keyboard_and_is_asked_to_sign_in_on_the_way_home()
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

        // Home needs a signed-in user: the anonymous visitor lands on the login form, which returns them home afterwards.
        await Expect(page).ToHaveURLAsync(browser.Url("/Account/Login?ReturnUrl=%2F"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("E-mail address")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Password", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign in" })).ToBeVisibleAsync();
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
        // A public interactive page: the login page that "/" leads an anonymous visitor to is static.
        await page.GotoAsync(browser.Url("/tiers"));
        await page.WaitForInteractiveAsync();

        await Expect(page.Locator(".app-shell")).ToHaveAttributeAsync("data-theme", "dark");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Switch to light mode" })).ToBeVisibleAsync();
    }
}
