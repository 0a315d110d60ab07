using System.Text.RegularExpressions;
using HelpdeskDashboard.Hosting.Demo;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HelpdeskDashboard.Tests.EndToEnd;

/// <summary>Customers file inquiries in the portal and follow them with a live countdown.</summary>
[Collection(DemoBrowserCollection.Name)]
public sealed partial class CustomerPortalTicketsTests(DemoBrowserFixture browser) : IAsyncLifetime
{
    private static readonly LocatorAssertionsToBeVisibleOptions SoonVisible = new() { Timeout = 10_000 };
    private static readonly LocatorAssertionsToContainTextOptions SoonContains = new() { Timeout = 10_000 };
    private static readonly PageAssertionsToHaveURLOptions SoonUrl = new() { Timeout = 10_000 };

    private BrowserSession _session = null!;

    public async ValueTask InitializeAsync() => _session = await browser.NewSessionAsync();

    public ValueTask DisposeAsync() => _session.DisposeAsync();

    private static ILocator SubjectInput(IPage page) => page.Locator("input[data-testid='inquiry-subject'], [data-testid='inquiry-subject'] input");

    private static ILocator BodyInput(IPage page) => page.Locator("textarea[data-testid='inquiry-body'], [data-testid='inquiry-body'] textarea");

    private async Task OpenNewInquiryAsync(IPage page, string email)
    {
        await page.SignInAsync(browser, email);
        await page.GotoAsync(browser.Url("/portal/tickets/new"));
        await page.WaitForInteractiveAsync();
    }

    [Fact]
    public async Task Gold_customer_files_an_inquiry_and_sees_it_with_a_running_countdown_in_their_own_zone()
    {
        var page = _session.Page;
        var subject = $"Gold inquiry {Guid.NewGuid():N}";
        await OpenNewInquiryAsync(page, DemoSignIn.Customer);
        await Expect(page.GetByTestId("kind-terms")).ToHaveTextAsync("Response target: 72 business hours.");

        await SubjectInput(page).FillAsync(subject);
        await BodyInput(page).FillAsync("The controller reboots every hour since the last update.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send inquiry" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(CreatedUrl(), SoonUrl);
        await Expect(page.GetByTestId("created-notice")).ToBeVisibleAsync();
        var row = page.Locator("tr[data-ticket-id]").Filter(new() { HasText = subject });
        await Expect(row).ToBeVisibleAsync(SoonVisible);
        await Expect(row.Locator("[data-cell='status']")).ToHaveTextAsync("New");
        await Expect(row.Locator("[data-cell='due']")).ToContainTextAsync("New York (UTC");
        var countdown = row.Locator("[data-cell='countdown'] .sla-countdown__text");
        if (BoardPage.ClocksRunNow())
        {
            var first = await countdown.TextContentAsync() ?? "";
            await Expect(countdown).Not.ToHaveTextAsync(first, new() { Timeout = 5_000 });
        }
        else
        {
            await Expect(countdown).ToContainTextAsync(BoardPage.ResumesText("America/New_York")); // the customer's zone
        }
    }

    [Fact]
    public async Task Basic_customer_must_accept_the_rate_before_a_paid_support_request_is_accepted()
    {
        var page = _session.Page;
        var subject = $"Basic paid support {Guid.NewGuid():N}";
        await OpenNewInquiryAsync(page, DemoAccounts.BasicCustomerEmail);
        await Expect(page.GetByTestId("forum-link")).ToBeVisibleAsync();

        await SubjectInput(page).FillAsync(subject);
        await BodyInput(page).FillAsync("Our label printer stopped printing.");
        var submit = page.GetByRole(AriaRole.Button, new() { Name = "Request paid support" });
        await submit.ClickAsync();

        await Expect(page.GetByTestId("inquiry-errors")).ToContainTextAsync(
            "Tick the box to accept the rate of €75.00 per hour for paid support.", SoonContains);
        await Expect(page).ToHaveURLAsync(browser.Url("/portal/tickets/new"));

        await page.GetByLabel("I accept that paid support is charged at €75.00 per hour.").CheckAsync();
        await submit.ClickAsync();

        await Expect(page).ToHaveURLAsync(CreatedUrl(), SoonUrl);
        var row = page.Locator("tr[data-ticket-id]").Filter(new() { HasText = subject });
        await Expect(row).ToBeVisibleAsync(SoonVisible);
        await Expect(row).ToContainTextAsync("Paid support request");
        await Expect(row.Locator("[data-cell='countdown']")).ToContainTextAsync("no SLA");
    }

    [GeneratedRegex(@"/portal/tickets\?created=\d+$")]
    private static partial Regex CreatedUrl();
}

/// <summary>A customer chooses their own zone; a zone the machine does not know is refused with a message.</summary>
[Collection(DemoBrowserCollection.Name)]
public sealed class CustomerProfileTests(DemoBrowserFixture browser) : IAsyncLifetime
{
    private BrowserSession _session = null!;

    public async ValueTask InitializeAsync() => _session = await browser.NewSessionAsync();

    public ValueTask DisposeAsync() => _session.DisposeAsync();

    [Fact]
    public async Task Customer_refuses_an_unknown_zone_then_picks_one_and_the_ticket_list_uses_it()
    {
        var page = _session.Page;
        await page.SignInAsync(browser, DemoAccounts.BasicCustomerEmail);
        await page.GotoAsync(browser.Url("/portal/profile"));
        await page.WaitForInteractiveAsync();
        var zone = page.Locator("input[data-testid='time-zone']");
        var save = page.GetByRole(AriaRole.Button, new() { Name = "Save time zone" });

        await zone.FillAsync("Mars/Olympus_Mons");
        await save.ClickAsync();
        await Expect(page.Locator(".mud-input-helper-text.mud-input-error")).ToContainTextAsync(
            "'Mars/Olympus_Mons' is not a known IANA time zone id such as Europe/Berlin.", new() { Timeout = 10_000 });

        await zone.FillAsync("tokyo");
        await save.ClickAsync();
        await Expect(page.GetByTestId("zone-saved")).ToContainTextAsync("Saved. Times now show in Tokyo (UTC+09:00).", new() { Timeout = 10_000 });
        await Expect(page.GetByTestId("current-zone")).ToContainTextAsync("Tokyo (UTC+09:00)");

        await page.GotoAsync(browser.Url("/portal/tickets"));
        await Expect(page.Locator("caption")).ToContainTextAsync("Due times are shown in Tokyo (UTC+09:00).");
    }
}
