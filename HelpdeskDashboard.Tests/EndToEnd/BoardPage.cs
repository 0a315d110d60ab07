using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace HelpdeskDashboard.Tests.EndToEnd;

/// <summary>What the end-to-end tests look for on the SLA board (/board) and a ticket page (/tickets/{id}).</summary>
public sealed partial class BoardPage(IPage page)
{
    public ILocator Grid => page.GetByTestId("board-grid");

    public ILocator Rows => Grid.Locator("tbody tr[data-ticket]");

    public ILocator Counter(string name) => page.Locator($"[data-counter='{name}']");

    /// <summary>
    /// Switches from "Mine" to "All" and waits for the reloaded grid: rows picked before it arrives may not be on the
    /// first page of all tickets. Demo data always has unassigned tickets, which "Mine" never shows.
    /// </summary>
    public async Task ShowAllTicketsAsync()
    {
        await page.GetByTestId("scope").GetByRole(AriaRole.Radio, new() { Name = "All", Exact = true }).CheckAsync();
        await Assertions.Expect(Rows.Filter(new() { Has = page.Locator("td:nth-child(6)", new() { HasText = "Unassigned" }) }).First)
            .ToBeVisibleAsync(new() { Timeout = 10_000 });
    }

    /// <summary>Rows that still wait for a response (New or Open) whose countdown has the given tone.</summary>
    public ILocator AwaitingResponse(string tone) => Rows
        .Filter(new() { Has = page.Locator("td:nth-child(5)", new() { HasTextRegex = NewOrOpen() }) })
        .Filter(new() { Has = page.Locator($".sla-countdown[data-tone='{tone}']") });

    public ILocator Row(int ticketId) => Grid.Locator($"tbody tr[data-ticket='{ticketId}']");

    /// <summary>Narrows the board to one tier with the native tier select, as a keyboard or mouse user would.</summary>
    public Task ChooseTierAsync(string tier) => page.GetByLabel("Tier", new() { Exact = true }).SelectOptionAsync(tier);

    public static ILocator CountdownText(ILocator scope) => scope.Locator(".sla-countdown__text");

    /// <summary>The ticket id in a row's subject link ("tickets/42").</summary>
    public static async Task<int> TicketIdAsync(ILocator row)
    {
        var href = await row.GetByTestId("subject").GetAttributeAsync("href") ?? "";
        return int.Parse(TicketLink().Match(href).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The demo calendar works Monday to Friday, all day, in Europe/Berlin; at the weekend every running clock
    /// stands still "outside business hours". The board runs on the real clock here, so the test asks the real day.
    /// </summary>
    public static bool ClocksRunNow()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var day = TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow(), berlin).DayOfWeek;
        return day is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>
    /// On a weekend, what a paused countdown says in <paramref name="viewerZone"/>: the next Monday 00:00 in Berlin,
    /// as the viewer's weekday and time ("resumes Sun 18:00" in New York).
    /// </summary>
    public static string ResumesText(string viewerZone)
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var today = TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow(), berlin).Date;
        var monday = today.AddDays(((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7);
        var resumes = TimeZoneInfo.ConvertTime(new DateTimeOffset(monday, berlin.GetUtcOffset(monday)), TimeZoneInfo.FindSystemTimeZoneById(viewerZone));
        return "resumes " + resumes.ToString("ddd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("^\\s*(New|Open)\\s*$")]
    private static partial Regex NewOrOpen();

    [GeneratedRegex("tickets/(\\d+)")]
    private static partial Regex TicketLink();
}
