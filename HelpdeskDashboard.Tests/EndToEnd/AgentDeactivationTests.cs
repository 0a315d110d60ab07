using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HelpdeskDashboard.Tests.EndToEnd;

/// <summary>An app of its own with the demo data: deactivating an agent here must not change the other browser tests' agents.</summary>
public sealed class DeactivationBrowserFixture() : BrowserFixture(new HelpdeskAppFactory { SeedDemoData = true });

public sealed class AgentDeactivationTests(DeactivationBrowserFixture browser) : IClassFixture<DeactivationBrowserFixture>, IAsyncLifetime
{
    private static readonly LocatorAssertionsToContainTextOptions SoonContains = new() { Timeout = 10_000 };
    private static readonly LocatorAssertionsToHaveCountOptions SoonCount = new() { Timeout = 10_000 };

    private BrowserSession _session = null!;

    public async ValueTask InitializeAsync() => _session = await browser.NewSessionAsync();

    public async ValueTask DisposeAsync() => await _session.DisposeAsync();

    [Fact]
    public async Task A_manager_confirms_a_deactivation_and_the_agents_open_tickets_move_in_the_same_step()
    {
        var page = _session.Page;
        await page.SignInAsync(browser, DemoSignIn.Manager, "/manager/agents");
        await page.WaitForInteractiveAsync();

        // An agent without a demo sign-in who holds open tickets.
        var row = page.Locator("tr").Filter(new() { Has = page.GetByTestId("show-open") })
            .Filter(new() { HasNot = page.GetByTestId("agent-name").GetByText("Demo ") }).First;
        var name = (await row.GetByTestId("agent-name").InnerTextAsync()).Trim();

        // A click only asks; Cancel leaves the agent active.
        await row.GetByTestId("deactivate").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync($"Deactivate {name}?", SoonContains);
        var moves = await dialog.GetByTestId("planned-move").CountAsync();
        Assert.True(moves > 0, "the dialog lists the open tickets with where each goes");
        await dialog.GetByTestId("cancel-deactivate").ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0, SoonCount);
        await Expect(page.GetByTestId("page-feedback")).ToHaveCountAsync(0);

        await row.GetByTestId("deactivate").ClickAsync();
        await dialog.GetByTestId("confirm-deactivate").ClickAsync();

        await Expect(page.GetByTestId("page-feedback")).ToContainTextAsync($"{name} is deactivated. {moves} open ticket", SoonContains);
        var after = page.Locator("tr").Filter(new() { Has = page.GetByTestId("agent-name").GetByText(name, new() { Exact = true }) });
        await Expect(after).ToContainTextAsync("inactive", SoonContains);
        await Expect(after.GetByTestId("show-open")).ToHaveCountAsync(0);
    }
}
