using Microsoft.Playwright;

namespace HelpdeskDashboard.Tests.EndToEnd;

/// <summary>Issue 14, point 5: the page's content never lies under the navigation drawer, at any width.</summary>
[Collection(DemoBrowserCollection.Name)]
public sealed class DrawerLayoutTests(DemoBrowserFixture browser)
{
    [Theory]
    [InlineData(390)]
    [InlineData(700)]
    [InlineData(959)]
    [InlineData(960)]
    [InlineData(1280)]
    public async Task Content_starts_beside_an_open_drawer_never_under_it(int width)
    {
        await using var session = await browser.NewSessionAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 800 } });
        var page = session.Page;
        await page.SignInAsync(browser, DemoSignIn.Customer, "/portal");
        await page.WaitForInteractiveAsync();
        await page.Locator("main h1").WaitForAsync();

        var menu = page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("navigation$") });
        // The drawer starts open where it sits beside the content, closed where it would be an overlay; the menu
        // button says which (it used to say "Hide navigation" over a hidden drawer, so the first press did nothing).
        var opened = width < 960;
        await Assertions.Expect(menu).ToHaveAttributeAsync("aria-expanded", opened ? "false" : "true");
        await SettledAsync(page);
        await AssertNoOverlapAsync(page, $"{width} px, as opened");

        await menu.ClickAsync();
        await Assertions.Expect(menu).ToHaveAttributeAsync("aria-expanded", opened ? "true" : "false");
        await SettledAsync(page);
        await AssertNoOverlapAsync(page, $"{width} px, after the menu button");

        // Closed again: by the menu button, or where the drawer is a modal overlay, by a tap beside it.
        var overlay = page.Locator(".mud-drawer-overlay--open");
        if (await overlay.CountAsync() > 0)
        {
            await page.Mouse.ClickAsync(width - 5, 600);
        }
        else
        {
            await menu.ClickAsync();
        }

        await Assertions.Expect(menu).ToHaveAttributeAsync("aria-expanded", opened ? "false" : "true");
        await SettledAsync(page);
        await AssertNoOverlapAsync(page, $"{width} px, closed again");
    }

    // The drawer slides: measure once its transition has started (two frames after the change) and ended.
    private static Task SettledAsync(IPage page) =>
        page.WaitForFunctionAsync("""
            () => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(() =>
              Promise.all(document.getAnimations().map(a => a.finished.catch(() => null))).then(() => resolve(true)))))
            """);

    private static async Task AssertNoOverlapAsync(IPage page, string when)
    {
        var overlap = await page.EvaluateAsync<string>(OverlapScript);
        Assert.True(overlap == "", $"{when}: {overlap}");
    }

    // A drawer lying over the content is fine only as a modal overlay (a phone's temporary drawer with its backdrop).
    private const string OverlapScript = """
        () => {
          const drawer = document.querySelector('.mud-drawer');
          const heading = document.querySelector('main h1');
          if (!drawer || !heading) return 'no drawer or heading';
          const d = drawer.getBoundingClientRect();
          const h = heading.getBoundingClientRect();
          const open = d.width > 0 && d.right > 0 && getComputedStyle(drawer).visibility !== 'hidden';
          const overlay = document.querySelector('.mud-drawer-overlay--open');
          if (!open || overlay) return '';
          return h.left < d.right - 1 ? `the heading starts at ${Math.round(h.left)} px under the drawer ending at ${Math.round(d.right)} px` : '';
        }
        """;
}
