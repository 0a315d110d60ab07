using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HelpdeskDashboard.Tests.EndToEnd;

/// <summary>Issue 14, point 13: an agent works the queue from the keyboard.</summary>
[Collection(DemoBrowserCollection.Name)]
public sealed partial class KeyboardShortcutTests(DemoBrowserFixture browser) : IAsyncLifetime
{
    private BrowserSession _session = null!;

    public async ValueTask InitializeAsync() => _session = await browser.NewSessionAsync();

    public ValueTask DisposeAsync() => _session.DisposeAsync();

    private Task ShortcutsOnAsync() =>
        _session.Page.Locator("html[data-shortcuts='on']").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    // MudBlazor's dialog listens for Escape once its key handler is attached, a moment after it shows: a press that
    // comes before is pressed again (at most three in all), and the dialog must then be gone.
    private async Task CloseWithEscapeAsync(ILocator dialog)
    {
        var page = _session.Page;
        for (var press = 0; press < 3 && await dialog.IsVisibleAsync(); press++)
        {
            await page.Keyboard.PressAsync("Escape");
            try
            {
                await Expect(dialog).ToBeHiddenAsync(new() { Timeout = 2_000 });
            }
            catch (PlaywrightException) when (press < 2)
            {
            }
        }

        await Expect(dialog).ToBeHiddenAsync();
    }

    private Task<string> FocusedHrefAsync() =>
        _session.Page.EvaluateAsync<string>("() => document.activeElement?.getAttribute('href') ?? ''");

    [Fact]
    public async Task Keys_j_and_k_move_through_the_queue_and_Enter_opens_the_ticket()
    {
        var page = _session.Page;
        var board = new BoardPage(page);
        await page.SignInAsync(browser, DemoSignIn.Agent, "/board");
        await page.WaitForInteractiveAsync();
        await ShortcutsOnAsync();
        await Expect(board.Rows.Nth(1)).ToBeVisibleAsync(new() { Timeout = 10_000 });
        var first = await board.Rows.Nth(0).GetByTestId("subject").GetAttributeAsync("href");
        var second = await board.Rows.Nth(1).GetByTestId("subject").GetAttributeAsync("href");

        await page.Keyboard.PressAsync("j");
        Assert.Equal(first, await FocusedHrefAsync());
        await page.Keyboard.PressAsync("j");
        Assert.Equal(second, await FocusedHrefAsync());
        await page.Keyboard.PressAsync("k");
        Assert.Equal(first, await FocusedHrefAsync());

        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(browser.Url("/" + first));
    }

    [Fact]
    public async Task Question_mark_lists_the_shortcuts_slash_searches_and_g_b_returns_to_the_board()
    {
        var page = _session.Page;
        await page.SignInAsync(browser, DemoSignIn.Agent, "/tiers");
        await page.WaitForInteractiveAsync();
        await ShortcutsOnAsync();

        await page.Keyboard.PressAsync("?");
        var help = page.GetByRole(AriaRole.Dialog, new() { Name = "Keyboard shortcuts" });
        await Expect(help).ToBeVisibleAsync();
        await Expect(help).ToContainTextAsync("Go to the SLA board");
        await CloseWithEscapeAsync(help);

        await page.Keyboard.PressAsync("g");
        await page.Keyboard.PressAsync("b");
        await Expect(page).ToHaveURLAsync(browser.Url("/board"));
        await Expect(page.GetByTestId("board-grid")).ToBeVisibleAsync();

        // Right after the board arrives by enhanced navigation its shortcut handler may not be wired yet (seen once under
        // CI load); a "/" that found no field typed nothing, so pressing again is safe.
        await PressUntilAsync(page, "/", () => Expect(page.GetByLabel("Search", new() { Exact = true })).ToBeFocusedAsync(new() { Timeout = 3_000 }));
        await page.Keyboard.TypeAsync("j");
        await Expect(page.GetByLabel("Search", new() { Exact = true })).ToHaveValueAsync("j"); // typed into the field, not a shortcut
    }

    [Fact]
    public async Task Hash_jumps_to_a_ticket_by_number_and_says_what_to_type_otherwise()
    {
        var page = _session.Page;
        var board = new BoardPage(page);
        await page.SignInAsync(browser, DemoSignIn.Agent, "/board");
        await page.WaitForInteractiveAsync();
        await ShortcutsOnAsync();
        await Expect(board.Rows.First).ToBeVisibleAsync(new() { Timeout = 10_000 });
        var id = await BoardPage.TicketIdAsync(board.Rows.First);

        await page.Keyboard.PressAsync("#");
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Go to ticket" });
        await Expect(dialog).ToBeVisibleAsync();
        await dialog.GetByLabel("Ticket number").FillAsync("printer");
        await PressUntilAsync(page, "Enter", () => Expect(dialog).ToContainTextAsync("Enter a ticket number, like 42 or #42.", new() { Timeout = 5_000 }));

        await dialog.GetByLabel("Ticket number").FillAsync($"#{id}");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(browser.Url($"/tickets/{id}"));
        await Expect(page.Locator("h1")).ToContainTextAsync(new Regex($"#{id}"));
    }

    /// <summary>
    /// Presses <paramref name="key"/> until <paramref name="expectation"/> holds (five tries): under CI load the first press
    /// can come before the just-opened dialog's form is wired up in the circuit, and then nothing happens.
    /// </summary>
    private static async Task PressUntilAsync(IPage page, string key, Func<Task> expectation)
    {
        for (var attempt = 1; ; attempt++)
        {
            await page.Keyboard.PressAsync(key);
            try
            {
                await expectation();
                return;
            }
            catch (PlaywrightException) when (attempt < 5)
            {
                // Not wired up yet: press again.
            }
        }
    }
}
