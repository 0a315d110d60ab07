using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Tests.Features.Accounts;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HelpdeskDashboard.Tests.EndToEnd;

/// <summary>An app without the demo data set, so the Gold demo customer starts the month with all 4 hours.</summary>
public sealed class PortalUsageBrowserFixture() : BrowserFixture(new HelpdeskAppFactory());

[CollectionDefinition(Name)]
public sealed class PortalUsageBrowserCollection : ICollectionFixture<PortalUsageBrowserFixture>
{
    public const string Name = "Browser for portal usage";
}

[Collection(PortalUsageBrowserCollection.Name)]
public sealed class PortalUsageTests(PortalUsageBrowserFixture browser) : IAsyncLifetime
{
    private static readonly LocatorAssertionsToHaveTextOptions Soon = new() { Timeout = 15_000 };

    private BrowserSession _customer = null!;
    private BrowserSession _agent = null!;

    public async ValueTask InitializeAsync()
    {
        _customer = await browser.NewSessionAsync();
        _agent = await browser.NewSessionAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _customer.DisposeAsync();
        await _agent.DisposeAsync();
    }

    [Fact]
    public async Task Customers_remaining_hours_drop_live_when_an_agent_logs_90_minutes_on_their_ticket()
    {
        var customerId = await browser.App.CustomerIdOfAsync(DemoAccounts.CustomerEmail);
        var ticketId = await browser.App.AddTicketAsync(customerId, "Controller reboots every hour");

        var portal = _customer.Page;
        await portal.SignInAsync(browser, DemoSignIn.Customer);
        await Expect(portal).ToHaveURLAsync(browser.Url("/portal"));
        await portal.WaitForInteractiveAsync();
        var remaining = portal.GetByTestId("remaining-text");
        await Expect(remaining).ToHaveTextAsync("4 h of 4 h left", Soon);

        var ticket = _agent.Page;
        await ticket.SignInAsync(browser, DemoSignIn.Agent, $"/tickets/{ticketId}");
        await Expect(ticket).ToHaveURLAsync(browser.Url($"/tickets/{ticketId}"));
        await ticket.WaitForInteractiveAsync();
        await ticket.Locator("input[data-testid='time-spent'], [data-testid='time-spent'] input").FillAsync("90");
        await ticket.GetByLabel("Billable").CheckAsync();
        await ticket.GetByRole(AriaRole.Button, new() { Name = "Log time" }).ClickAsync();
        await Expect(ticket.GetByTestId("time-feedback")).ToContainTextAsync("Logged 1 h 30 min", new() { Timeout = 15_000 });

        // No reload: the portal hears the usage change and re-reads its own company's month.
        await Expect(remaining).ToHaveTextAsync("2 h 30 min of 4 h left", Soon);
        await Expect(portal.GetByRole(AriaRole.Progressbar)).ToHaveAttributeAsync("aria-valuenow", "37.5");
    }
}
