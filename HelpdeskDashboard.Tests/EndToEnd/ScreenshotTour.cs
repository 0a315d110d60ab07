using Microsoft.Playwright;

namespace HelpdeskDashboard.Tests.EndToEnd;

/// <summary>
/// Screenshots of the main pages at desktop and phone size, as each role sees them on the demo data. docs/screenshots.sh
/// runs this with HELPDESK_SCREENSHOTS set to docs/images; otherwise the pictures go to the test output folder, and the
/// test still proves each page opens at both sizes.
/// </summary>
[Collection(DemoBrowserCollection.Name)]
public sealed class ScreenshotTour(DemoBrowserFixture browser)
{
    public static TheoryData<string, string?, string> Shots => new()
    {
        { "board", DemoSignIn.Agent, "/board" },
        { "ticket", DemoSignIn.Agent, AppPages.TicketRoute },
        { "agent-home", DemoSignIn.Agent, "/" },
        { "workload", DemoSignIn.Manager, "/manager/workload" },
        { "billing", DemoSignIn.Manager, "/manager/billing" },
        { "calendar", DemoSignIn.Manager, "/manager/calendar" },
        { "portal", DemoSignIn.Customer, "/portal" },
        { "portal-tickets", DemoSignIn.Customer, "/portal/tickets" },
        { "tiers", null, "/tiers" },
    };

    private static string Folder =>
        Environment.GetEnvironmentVariable("HELPDESK_SCREENSHOTS") is { Length: > 0 } folder
            ? folder
            : Path.Combine(BrowserSession.ScreenshotDirectory, "tour");

    [Theory]
    [MemberData(nameof(Shots))]
    public async Task The_page_is_pictured_at_desktop_and_phone_size(string name, string? email, string route)
    {
        Directory.CreateDirectory(Folder);
        foreach (var (width, suffix) in new[] { (PageVisit.DesktopWidth, ""), (PageVisit.PhoneWidth, "-phone") })
        {
            var visit = PageVisit.Of(email, ColorScheme.Light, width);
            await using var session = await visit.StartAsync(browser);
            await visit.OpenAsync(session.Page, browser, route);
            await session.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

            var path = Path.Combine(Folder, $"{name}{suffix}.png");
            // A phone picture shows what scrolling down the first screens brings, not a page as long as the board.
            var options = width == PageVisit.PhoneWidth
                ? new PageScreenshotOptions { Path = path, FullPage = true, Clip = new Clip { X = 0, Y = 0, Width = width, Height = 1600 } }
                : new PageScreenshotOptions { Path = path };
            await session.Page.ScreenshotAsync(options);
            Assert.True(new FileInfo(path).Length > 10_000, $"{path} is nearly empty");
        }
    }
}
