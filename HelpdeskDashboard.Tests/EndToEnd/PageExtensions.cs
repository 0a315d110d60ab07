using Microsoft.Playwright;

namespace HelpdeskDashboard.Tests.EndToEnd;

public static class PageExtensions
{
    /// <summary>
    /// Waits until the Blazor circuit is up. MainLayout sets data-interactive="true" on its wrapper in
    /// OnAfterRenderAsync(firstRender), which runs only once the interactive renderer took over from the
    /// prerendered HTML, and after the system colour scheme was applied. Before that, clicks on the
    /// prerendered markup are silently lost.
    /// </summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.Locator(".app-shell[data-interactive='true']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    /// <summary>Presses Tab, as a keyboard user would, until the control named <paramref name="accessibleName"/> has focus.</summary>
    public static async Task TabToAsync(this IPage page, string accessibleName, int maximumPresses = 25)
    {
        var visited = new List<string>();
        for (var press = 0; press < maximumPresses; press++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string>(
                "() => { const e = document.activeElement; return e ? (e.getAttribute('aria-label') || e.textContent || e.tagName).trim() : ''; }");
            if (focused == accessibleName)
            {
                return;
            }
            visited.Add(focused);
        }

        throw new InvalidOperationException(
            $"'{accessibleName}' was not reached with {maximumPresses} Tab presses; focus went to: {string.Join(" → ", visited)}");
    }

    /// <summary>The page background colour the theme applied, as the browser computed it.</summary>
    public static Task<string> BackgroundColourAsync(this IPage page) =>
        page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
}
