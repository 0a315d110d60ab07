using System.Diagnostics;
using HelpdeskDashboard.Tests.EndToEnd;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HelpdeskDashboard.Tests.ScaleOut;

/// <summary>Alone, so the one-second budget measures the instances and not the other tests' load.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LiveBoardAcrossInstancesCollection
{
    public const string Name = "Live board across instances";
}

/// <summary>
/// Two app processes on one PostgreSQL database and a real Chromium: a manager replies to a ticket through instance A
/// while an agent watches the board through instance B. The change travels A → PostgreSQL NOTIFY → B's listener → B's
/// circuit. The agent's board is narrowed to the ticket's subject first, so the answered ticket stays on it: within a
/// second of A confirming the reply its row must show the reply met the target, not merely lose its running countdown
/// (which a row leaving the page for any other reason would do too).
/// </summary>
[Collection(LiveBoardAcrossInstancesCollection.Name)]
public sealed class LiveBoardAcrossInstancesTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task A_reply_through_instance_A_changes_the_board_in_a_browser_on_instance_B_within_a_second()
    {
        Assert.SkipUnless(TestDatabases.IsPostgreSql, "Two instances share a PostgreSQL database.");
        await using var cluster = ScaleOutCluster.Create();
        await cluster.StartAsync(new Dictionary<string, string> { ["Demo:Seed"] = "true" });

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFixture.ChromiumPath,
            Headless = true,
            Args = BrowserFixture.ChromiumArgs,
        });
        var agent = await (await browser.NewContextAsync()).NewPageAsync();
        var manager = await (await browser.NewContextAsync()).NewPageAsync();

        // The agent watches every open ticket on B.
        await SignInAsync(agent, cluster.B, DemoSignIn.Agent, "/board");
        await agent.WaitForInteractiveAsync();
        var board = new BoardPage(agent);
        await board.ShowAllTicketsAsync();
        var tone = BoardPage.ClocksRunNow() ? "OnTrack" : "OutsideHours";
        var waiting = board.AwaitingResponse(tone).First;
        await Expect(waiting).ToBeVisibleAsync();
        var ticketId = await BoardPage.TicketIdAsync(waiting);
        var row = board.Row(ticketId);
        var subject = (await row.GetByTestId("subject").TextContentAsync() ?? "").Trim();

        // Sorted by due time, an answered ticket drops to the end of the board, off the first page: the search keeps
        // it in view. Every row left matches the subject (in its subject or customer cell), so the search was applied.
        await agent.GetByTestId("search").FillAsync(subject);
        await Expect(board.Rows.Filter(new() { HasNotText = subject })).ToHaveCountAsync(0, new() { Timeout = 10_000 });
        var countdown = row.Locator(".sla-countdown");
        await Expect(countdown).ToHaveAttributeAsync("data-tone", tone);

        // The manager replies on A.
        await SignInAsync(manager, cluster.A, DemoSignIn.Manager, $"/tickets/{ticketId}");
        await manager.WaitForInteractiveAsync();
        await manager.Locator("textarea[data-testid='reply-text'], [data-testid='reply-text'] textarea").FillAsync("Answered on instance A");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Send reply" }).ClickAsync();
        await Expect(manager.GetByTestId("reply-feedback")).ToContainTextAsync("Reply sent.", new() { Timeout = 10_000 });
        var confirmed = Stopwatch.StartNew();

        // The reply stopped the clock in time: the row, still on the board, says so (Met) and the ticket is Open.
        await Expect(countdown).ToHaveAttributeAsync("data-tone", "Met", new() { Timeout = (float)Budget.TotalMilliseconds });
        TestContext.Current.TestOutputHelper?.WriteLine($"B's board showed the reply {confirmed.ElapsedMilliseconds} ms after A confirmed it.");
        await Expect(row.Locator("td:nth-child(5)")).ToHaveTextAsync("Open");
    }

    private static async Task SignInAsync(IPage page, AppProcess instance, string email, string returnUrl)
    {
        await page.GotoAsync(new Uri(instance.BaseAddress, $"/Account/Login?ReturnUrl={Uri.EscapeDataString(returnUrl)}").ToString());
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(HelpdeskDashboard.Hosting.Demo.DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(instance.BaseAddress, returnUrl).ToString(), new() { Timeout = 20_000 });
    }
}
