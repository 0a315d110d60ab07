using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Hosting.Demo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HelpdeskDashboard.Tests.EndToEnd;

[Collection(DemoBrowserCollection.Name)]
public sealed class AgentBoardTests(DemoBrowserFixture browser) : IAsyncLifetime
{
    // The circuit, the ticker and a re-query all have to happen on a busy two-core machine.
    private static readonly LocatorAssertionsToHaveTextOptions SoonText = new() { Timeout = 10_000 };
    private static readonly LocatorAssertionsToContainTextOptions SoonContains = new() { Timeout = 10_000 };
    private static readonly LocatorAssertionsToHaveValueOptions SoonValue = new() { Timeout = 10_000 };

    private BrowserSession _session = null!;

    public async ValueTask InitializeAsync() => _session = await browser.NewSessionAsync();

    public ValueTask DisposeAsync() => _session.DisposeAsync();

    [Fact]
    public async Task Agent_signs_in_to_a_live_board_and_a_reply_stops_the_response_clock()
    {
        var page = _session.Page;
        var board = new BoardPage(page);

        await page.SignInAsync(browser, DemoSignIn.Agent);
        await Expect(page).ToHaveURLAsync(browser.Url("/board"));
        await page.WaitForInteractiveAsync();
        // The board is not prerendered: the loading note is the only thing before the circuit renders, then it goes.
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Loading the SLA board" })).ToBeHiddenAsync();
        await board.ShowAllTicketsAsync();

        await Expect(board.Rows.First).ToBeVisibleAsync();
        await Expect(board.Counter("breached")).ToContainTextAsync("Breached:");
        await Expect(board.Counter("at-risk")).ToContainTextAsync("At risk:");
        await Expect(board.Counter("due-today")).ToContainTextAsync("Due today:");

        var clocksRun = BoardPage.ClocksRunNow();
        var waiting = board.AwaitingResponse(clocksRun ? "OnTrack" : "OutsideHours").First;
        await Expect(waiting).ToBeVisibleAsync();
        var ticketId = await BoardPage.TicketIdAsync(waiting);
        var row = board.Row(ticketId);
        var countdown = BoardPage.CountdownText(row);
        if (clocksRun)
        {
            // Whole seconds on a once-a-second ticker: the text must move within a few seconds.
            var first = await countdown.TextContentAsync() ?? "";
            await Expect(countdown).Not.ToHaveTextAsync(first, new() { Timeout = 5_000 });

            // As the browser exposes it to assistive technology: a timer named by its state (no seconds, so the name
            // does not change every second) whose content is the time and the state's word.
            var timer = row.GetByRole(AriaRole.Timer);
            await Expect(timer).ToHaveAccessibleNameAsync("On track: business time left to respond.");
            await Expect(timer).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+(d \d\d)?:\d\d:\d\d\s*on track$"));
        }
        else
        {
            await Expect(countdown).ToContainTextAsync("resumes Mon");
        }

        await row.GetByTestId("subject").ClickAsync();
        await Expect(page).ToHaveURLAsync(browser.Url($"/tickets/{ticketId}"));
        var status = page.Locator("[data-fact='status']");
        await Expect(status).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^(New|Open)$"));

        var reply = $"End-to-end reply {Guid.NewGuid():N}";
        await page.Locator("textarea[data-testid='reply-text'], [data-testid='reply-text'] textarea").FillAsync(reply);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send reply" }).ClickAsync();

        await Expect(page.GetByTestId("reply-feedback")).ToContainTextAsync("Reply sent.", SoonContains);
        await Expect(page.Locator("li[data-kind='agent']").Filter(new() { HasText = reply })).ToBeVisibleAsync();
        await Expect(status).ToHaveTextAsync("Open", SoonText);
        await Expect(page.Locator("[data-fact='countdown'] .sla-countdown")).ToHaveAttributeAsync("data-tone", "Met");
        await Expect(page.Locator("[data-fact='countdown']")).ToHaveTextAsync("replied in time", SoonText);
    }

    [Fact]
    public async Task Manager_watching_a_ticket_sees_an_agent_put_it_on_hold_without_reloading()
    {
        await using var managerSession = await browser.NewSessionAsync();
        var agent = _session.Page;
        var manager = managerSession.Page;

        await agent.SignInAsync(browser, DemoSignIn.Agent);
        await agent.WaitForInteractiveAsync();
        var board = new BoardPage(agent);
        await board.ShowAllTicketsAsync();
        var waiting = board.AwaitingResponse(BoardPage.ClocksRunNow() ? "OnTrack" : "OutsideHours").Last;
        await Expect(waiting).ToBeVisibleAsync();
        var ticketId = await BoardPage.TicketIdAsync(waiting);

        await manager.SignInAsync(browser, DemoSignIn.Manager, $"/tickets/{ticketId}");
        await manager.WaitForInteractiveAsync();
        var watchedStatus = manager.Locator("[data-fact='status']");
        await Expect(watchedStatus).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^(New|Open)$"));
        await Expect(manager.Locator("[data-fact='countdown']")).Not.ToContainTextAsync("paused");

        await board.Row(ticketId).GetByTestId("subject").ClickAsync();
        await Expect(agent).ToHaveURLAsync(browser.Url($"/tickets/{ticketId}"));
        await agent.GetByTestId("new-status").ClickAsync();
        await agent.GetByRole(AriaRole.Option, new() { Name = "On hold" }).ClickAsync();
        // The choice travels to the circuit before Apply may read it; clicking Apply earlier applied the old status.
        await Expect(agent.Locator(".ticket-actions__status input").First).ToHaveValueAsync("On hold", SoonValue);
        await agent.GetByRole(AriaRole.Button, new() { Name = "Apply status" }).ClickAsync();
        await Expect(agent.GetByTestId("actions-feedback")).ToContainTextAsync("Status changed to On hold.", SoonContains);

        // The manager's page was never reloaded: the change arrived over the TicketChangeHub.
        await Expect(watchedStatus).ToHaveTextAsync("On hold", SoonText);
        await Expect(manager.Locator("[data-fact='countdown']")).ToContainTextAsync("paused: on hold", SoonContains);
        await Expect(manager).ToHaveURLAsync(browser.Url($"/tickets/{ticketId}"));
    }

    [Fact]
    public async Task Agent_in_another_time_zone_reads_due_times_in_their_own_zone_on_the_board_and_the_ticket()
    {
        const string email = "tokyo.agent@demo.local";
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
        await using (var scope = browser.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountProvisioner>().EnsureAgentAccountAsync(
                new Agent { Email = email, DisplayName = "Tokyo Agent", TimeZone = tokyo.Id }, DemoAccounts.Password, TestContext.Current.CancellationToken);
        }

        var page = _session.Page;
        var board = new BoardPage(page);
        await page.SignInAsync(browser, email);
        await page.WaitForInteractiveAsync();
        await board.ShowAllTicketsAsync();
        await Expect(page.GetByTestId("viewer-zone")).ToHaveTextAsync("Tokyo (UTC+09:00)");

        var row = board.Rows.Filter(new() { Has = page.Locator("time[data-testid='due']") }).First;
        var due = row.Locator("time[data-testid='due']");
        var instant = DateTimeOffset.Parse(await due.GetAttributeAsync("datetime") ?? "", System.Globalization.CultureInfo.InvariantCulture);
        var inTokyo = SlaCountdownText.Instant(instant, tokyo);
        Assert.NotEqual(SlaCountdownText.Instant(instant, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")), inTokyo);
        await Expect(due).ToHaveTextAsync(inTokyo);

        var ticketId = await BoardPage.TicketIdAsync(row);
        await row.GetByTestId("subject").ClickAsync();
        await Expect(page).ToHaveURLAsync(browser.Url($"/tickets/{ticketId}"));
        await Expect(page.Locator(".ticket-header [data-fact='zone']")).ToHaveTextAsync("Tokyo (UTC+09:00)");
        await Expect(page.Locator(".ticket-header [data-fact='due']")).ToContainTextAsync(inTokyo);
    }

    [Fact]
    public async Task Customer_who_opens_the_board_is_denied_and_sees_no_tickets()
    {
        var page = _session.Page;
        await page.SignInAsync(browser, DemoSignIn.Customer);
        await Expect(page).ToHaveURLAsync(browser.Url("/portal"));

        await page.GotoAsync(browser.Url("/board"));

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Access denied", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("board-grid")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-counter]")).ToHaveCountAsync(0);
    }
}
