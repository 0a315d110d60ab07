using Microsoft.Playwright;

namespace HelpdeskDashboard.Tests.EndToEnd;

/// <summary>How the page-wide checks look at the app: a role (or nobody), a colour scheme and a screen size.</summary>
public sealed record PageVisit(string? Email, ColorScheme Scheme, int Width, int Height)
{
    public const int PhoneWidth = 390;
    public const int DesktopWidth = 1440;

    /// <summary>A phone is 844 px high, a desktop window 900.</summary>
    public static PageVisit Of(string? email, ColorScheme scheme, int width) =>
        new(email, scheme, width, width == PhoneWidth ? 844 : 900);

    public string Role => Email is null ? "visitor" : Email.Split('@')[0];

    public override string ToString() =>
        $"{Role}, {(Scheme == ColorScheme.Dark ? "dark" : "light")}, {Width} px";

    /// <summary>The routes this visit opens: the role's pages, or the visitor's.</summary>
    public IReadOnlyList<string> Routes => Email is null ? AppPages.Anonymous : AppPages.ByRole[Email];

    /// <summary>A signed-in session with this viewport and scheme; <paramref name="bypassCsp"/> lets a test inject its own script.</summary>
    public async Task<BrowserSession> StartAsync(BrowserFixture browser, bool bypassCsp = false)
    {
        var session = await browser.NewSessionAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = Width, Height = Height },
            ColorScheme = Scheme,
            BypassCSP = bypassCsp,
        });
        if (Email is not null)
        {
            await session.Page.SignInAsync(browser, Email);
        }

        return session;
    }

    /// <summary>Opens one route and waits until it is ready to be looked at (interactive, in this visit's scheme).</summary>
    public async Task<string> OpenAsync(IPage page, BrowserFixture browser, string route)
    {
        var path = Email is null ? route : await AppPages.PathAsync(page, browser, Email, route);
        if (Email is null)
        {
            await page.GotoAsync(browser.Url(path));
            await page.Locator("h1").First.WaitForAsync();
            return path;
        }

        await AppPages.OpenAsync(page, browser, path);
        var theme = Scheme == ColorScheme.Dark ? "dark" : "light";
        await page.Locator($".app-shell[data-theme='{theme}']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        return path;
    }
}
