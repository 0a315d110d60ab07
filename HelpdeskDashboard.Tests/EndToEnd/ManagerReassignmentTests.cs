using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HelpdeskDashboard.Tests.EndToEnd;

[Collection(DemoBrowserCollection.Name)]
public sealed class ManagerReassignmentTests(DemoBrowserFixture browser) : IAsyncLifetime
{
    // Generous for a busy two-core machine; the update itself arrives over the hub with a 200 ms debounce.
    private static readonly LocatorAssertionsToHaveCountOptions SoonCount = new() { Timeout = 10_000 };
    private static readonly LocatorAssertionsToContainTextOptions SoonContains = new() { Timeout = 10_000 };
    private static readonly LocatorAssertionsToHaveAttributeOptions SoonAttribute = new() { Timeout = 10_000 };

    private BrowserSession _agentSession = null!;
    private BrowserSession _managerSession = null!;

    public async ValueTask InitializeAsync()
    {
        _agentSession = await browser.NewSessionAsync();
        _managerSession = await browser.NewSessionAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _managerSession.DisposeAsync();
        await _agentSession.DisposeAsync();
    }

    [Fact]
    public async Task Manager_reassigns_a_ticket_and_the_agents_open_board_changes_without_reload()
    {
        var agent = _agentSession.Page;
        var manager = _managerSession.Page;

        // The agent watches their own queue ("Mine", the board's default).
        await agent.SignInAsync(browser, DemoSignIn.Agent);
        await agent.WaitForInteractiveAsync();
        var board = new BoardPage(agent);
        await Expect(board.Rows.First).ToBeVisibleAsync();
        var ticketId = await BoardPage.TicketIdAsync(board.Rows.First);
        var bell = agent.GetByTestId("notification-bell").Locator("button");
        await Expect(bell).ToHaveAttributeAsync("aria-label", "Notifications, none unread");

        // In another browser context the manager opens the ticket and reassigns it to the suggested agent.
        await manager.SignInAsync(browser, DemoSignIn.Manager, $"/tickets/{ticketId}");
        await manager.WaitForInteractiveAsync();
        await manager.GetByTestId("reassign-ticket").ClickAsync();
        var dialog = manager.GetByRole(AriaRole.Dialog);
        await Expect(dialog.GetByTestId("suggestion")).ToContainTextAsync("Suggested:", SoonContains);
        await dialog.Locator("textarea").FillAsync("Agent is at a customer site");
        await dialog.GetByTestId("submit").ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0, SoonCount);

        // The history on the manager's page and the agent's board both follow without a reload.
        await Expect(manager.GetByTestId("assignment-change").Last).ToContainTextAsync("reassigned it from Alex Agent to", SoonContains);
        await Expect(manager.GetByTestId("assignment-change").Last).ToContainTextAsync("Reason: Agent is at a customer site");
        await Expect(board.Row(ticketId)).ToHaveCountAsync(0, SoonCount);
        await Expect(bell).ToHaveAttributeAsync("aria-label", "Notifications, 1 unread", SoonAttribute);
        await Expect(agent).ToHaveURLAsync(browser.Url("/board"));
    }

    [Fact]
    public async Task Agent_does_not_get_the_manager_pages()
    {
        var agent = _agentSession.Page;
        await agent.SignInAsync(browser, DemoSignIn.Agent);

        await agent.GotoAsync(browser.Url("/manager/workload"));

        await Expect(agent.GetByRole(AriaRole.Heading, new() { Name = "Access denied", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Manager_sees_workload_and_risk_views()
    {
        var manager = _managerSession.Page;
        await manager.SignInAsync(browser, DemoSignIn.Manager, "/manager/workload");
        await manager.WaitForInteractiveAsync();

        await Expect(manager.GetByTestId("workload-agent").First).ToBeVisibleAsync();
        await manager.GetByText("Breached", new() { Exact = true }).ClickAsync(); // sort by a column heading
        await Expect(manager.GetByRole(AriaRole.Heading, new() { Name = "Tickets at risk" })).ToBeVisibleAsync();
    }
}
