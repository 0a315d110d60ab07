using Microsoft.Playwright;

namespace HelpdeskDashboard.Tests.EndToEnd;

/// <summary>Issue 14, point 3: what a keyboard user has focused is visible (WCAG 2.4.7), in light and dark mode.</summary>
[Collection(DemoBrowserCollection.Name)]
public sealed class FocusVisibilityTests(DemoBrowserFixture browser)
{
    public static TheoryData<string, ColorScheme, string> Targets => new()
    {
        { "a board ticket link, light", ColorScheme.Light, "[data-testid='board-grid'] a[href*='tickets/']" },
        { "a board ticket link, dark", ColorScheme.Dark, "[data-testid='board-grid'] a[href*='tickets/']" },
        { "the active navigation item, light", ColorScheme.Light, "nav .mud-nav-link.active" },
        { "the active navigation item, dark", ColorScheme.Dark, "nav .mud-nav-link.active" },
    };

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Keyboard_focus_draws_a_solid_ring_of_at_least_two_pixels(string label, ColorScheme scheme, string selector)
    {
        _ = label;
        await using var session = await browser.NewSessionAsync(new BrowserNewContextOptions { ColorScheme = scheme });
        var page = session.Page;
        await page.SignInAsync(browser, DemoSignIn.Agent, "/board");
        await page.WaitForInteractiveAsync();
        var target = page.Locator(selector).First;
        await target.WaitForAsync();

        // Arrive by keyboard, so the browser applies :focus-visible.
        await target.FocusAsync();
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Tab");

        var ring = await page.EvaluateAsync<string[]>(
            "() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth, document.activeElement.matches(':focus-visible') + '']; }");
        Assert.Equal("solid", ring[0]);
        Assert.True(double.Parse(ring[1].TrimEnd('p', 'x'), System.Globalization.CultureInfo.InvariantCulture) >= 2, $"outline width {ring[1]}");
        Assert.Equal("true", ring[2]);
    }
}
