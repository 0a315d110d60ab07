using HelpdeskDashboard.Features.Accounts;
using Microsoft.AspNetCore.Components;
using Microsoft.Playwright;

namespace HelpdeskDashboard.Tests.EndToEnd;

/// <summary>
/// Every page of the app as the demo account of each role allowed there opens it: the list the page-wide browser
/// checks (placeholders, sideways scrolling, axe) walk. <see cref="Routes"/> keeps it complete.
/// </summary>
public static class AppPages
{
    /// <summary>The ticket page's route: its path is found on the role's own ticket list.</summary>
    public const string TicketRoute = "/tickets/{Id:int}";

    public static readonly IReadOnlyDictionary<string, string[]> ByRole = new Dictionary<string, string[]>
    {
        [DemoSignIn.Agent] = ["/", "/board", "/mail/review", "/profile", "/tiers", TicketRoute],
        [DemoSignIn.Manager] = ["/", "/manager/agents", "/manager/billing", "/manager/calendar", "/manager/orders/import", "/manager/outbox", "/manager/reports", "/manager/reports/clocks", "/manager/tiers", "/manager/workload", TicketRoute],
        [DemoSignIn.Customer] = ["/", "/portal", "/portal/profile", "/portal/tickets", "/portal/tickets/new", TicketRoute],
    };

    /// <summary>Pages for visitors who are not signed in.</summary>
    public static readonly string[] Anonymous = [AccountPaths.Login, "/tiers"];

    /// <summary>Only reached by an error or a refusal; visited by their own tests.</summary>
    public static readonly string[] VisitedElsewhere = [AccountPaths.AccessDenied, "/Error", "/not-found"];

    /// <summary>Every route the app declares.</summary>
    public static IEnumerable<string> Routes => typeof(Program).Assembly.GetTypes()
        .SelectMany(type => type.GetCustomAttributes(typeof(RouteAttribute), inherit: false).Cast<RouteAttribute>())
        .Select(route => route.Template);

    /// <summary>The path to open for a route; the ticket route becomes the first ticket the signed-in role can see.</summary>
    public static async Task<string> PathAsync(IPage page, BrowserFixture browser, string email, string route)
    {
        if (route != TicketRoute)
        {
            return route;
        }

        var (list, link) = email == DemoSignIn.Customer
            ? ("/portal/tickets", "[data-testid='ticket-link']")
            : ("/board?scope=all", "[data-testid='subject']");
        await page.GotoAsync(browser.Url(list));
        var href = await page.Locator(link).First.GetAttributeAsync("href");
        return "/" + href!.TrimStart('/');
    }

    /// <summary>Opens a page and waits until it is interactive and shows its heading.</summary>
    public static async Task OpenAsync(IPage page, BrowserFixture browser, string path)
    {
        await page.GotoAsync(browser.Url(path));
        await page.WaitForInteractiveAsync();
        await page.Locator("main h1, h1").First.WaitForAsync();
    }
}
