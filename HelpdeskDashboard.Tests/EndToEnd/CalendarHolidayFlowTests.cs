using System.Globalization;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Platform.Time;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HelpdeskDashboard.Tests.EndToEnd;

/// <summary>Its own app with demo data: the flow changes the calendar, which every other browser test would notice.</summary>
public sealed class CalendarBrowserFixture() : BrowserFixture(new HelpdeskAppFactory { SeedDemoData = true });

/// <summary>
/// Issue 17's flow: a manager closes the next business day, the preview counts the deadlines that move, and after saving
/// an agent's open board shows a ticket due that day one business day later, without a reload; removing the holiday
/// moves it back.
/// </summary>
public sealed class CalendarHolidayFlowTests(CalendarBrowserFixture browser) : IClassFixture<CalendarBrowserFixture>, IAsyncLifetime
{
    private static readonly LocatorAssertionsToContainTextOptions SoonContains = new() { Timeout = 15_000 };
    private static readonly LocatorAssertionsToHaveAttributeOptions SoonAttribute = new() { Timeout = 15_000 };
    private static readonly LocatorAssertionsToBeVisibleOptions Soon = new() { Timeout = 15_000 };

    private BrowserSession _manager = null!;
    private BrowserSession _agent = null!;

    public async ValueTask InitializeAsync()
    {
        _manager = await browser.NewSessionAsync();
        _agent = await browser.NewSessionAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _agent.DisposeAsync();
        await _manager.DisposeAsync();
    }

    [Fact]
    public async Task A_holiday_on_the_next_business_day_moves_its_deadlines_on_an_open_board_and_back_when_removed()
    {
        var clock = browser.App.Services.GetRequiredService<CompanyClock>();
        var holiday = NextBusinessDay(clock.Today);
        var (ticket, due, later) = await TicketDueOnAsync(clock, holiday);
        var moving = await LiveClocksDueAfterAsync(clock.StartOfDay(holiday));

        // The agent watches the ticket on the board (all tickets, found by its subject).
        var agent = _agent.Page;
        await agent.SignInAsync(browser, DemoSignIn.Agent, $"/board?scope=all&q={Uri.EscapeDataString(ticket.Subject)}");
        await agent.WaitForInteractiveAsync();
        var dueCell = new BoardPage(agent).Row(ticket.Id).GetByTestId("due");
        await Expect(dueCell).ToHaveAttributeAsync("datetime", Iso(due), SoonAttribute);

        // The manager closes that day, previews and saves.
        var manager = _manager.Page;
        await manager.SignInAsync(browser, DemoSignIn.Manager, "/manager/calendar");
        await manager.WaitForInteractiveAsync();
        var add = manager.GetByRole(AriaRole.Group, new() { Name = "Add a closure" });
        await add.GetByLabel("Date").FillAsync(holiday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await add.GetByLabel("Date").PressAsync("Tab");
        await add.GetByLabel("Name").FillAsync("Company outing");
        await manager.GetByTestId("add-closure").ClickAsync();
        await Expect(manager.GetByTestId("closure-feedback")).ToContainTextAsync("Company outing (all day) added to the draft", SoonContains);

        await PreviewAndSaveAsync(manager, $"{moving} later, 0 earlier");
        await Expect(dueCell).ToHaveAttributeAsync("datetime", Iso(later), SoonAttribute);

        // Removing the holiday moves the deadline back to the instant it had.
        await manager.GetByRole(AriaRole.Button, new() { Name = $"Remove Company outing on {DisplayFormat.Date(holiday)}" }).ClickAsync();
        await PreviewAndSaveAsync(manager, $"0 later, {moving} earlier");
        await Expect(dueCell).ToHaveAttributeAsync("datetime", Iso(due), SoonAttribute);
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task The_calendar_with_a_preview_and_the_holiday_import_fit_a_phone_and_pass_axe(ColorScheme scheme)
    {
        var visit = PageVisit.Of(DemoSignIn.Manager, scheme, PageVisit.PhoneWidth);
        await using var session = await visit.StartAsync(browser, bypassCsp: true);
        var page = session.Page;
        await visit.OpenAsync(page, browser, "/manager/calendar");
        // Shorter hours on the next business day always move deadlines: the demo's live clocks fall due within the
        // next few business days. (Saturday hours moved none on a Saturday afternoon or a Sunday: the week's Saturday
        // window was over, and no clock was due after the next one.)
        var nextBusinessDay = NextBusinessDay(browser.App.Services.GetRequiredService<CompanyClock>().Today);
        await page.GetByTestId($"hours-{nextBusinessDay.DayOfWeek}").FillAsync("10:00-14:00");
        await page.GetByTestId("preview").ClickAsync();
        await Expect(page.GetByTestId("preview-move").First).ToBeVisibleAsync(Soon);
        await AssertCleanAsync(page, "calendar with a preview");

        await page.GetByTestId("import-holidays").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync(Soon);
        await AssertCleanAsync(page, "holiday import dialog");
    }

    private static async Task AssertCleanAsync(IPage page, string what)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = AxeCore.Source });
        var violations = await page.EvaluateAsync<string[]>(AccessibilitySweepTests.RunAxe);
        Assert.True(violations.Length == 0, $"{what}:\n{string.Join("\n", violations)}");
        var overflow = await page.EvaluateAsync<string[]>(NoSidewaysScrollTests.OverflowScript);
        Assert.True(overflow.Length == 0, $"{what} at 390 px:\n{string.Join("\n", overflow)}");
    }

    private static async Task PreviewAndSaveAsync(IPage manager, string counts)
    {
        await manager.GetByTestId("preview").ClickAsync();
        await Expect(manager.GetByTestId("preview-counts")).ToContainTextAsync(counts, SoonContains);
        await manager.GetByTestId("save").ClickAsync();
        await Expect(manager.GetByTestId("confirm-save")).ToBeVisibleAsync(Soon);
        await manager.GetByTestId("confirm-save-button").ClickAsync();
        await Expect(manager.GetByTestId("calendar-feedback")).ToContainTextAsync("The calendar was saved", SoonContains);
    }

    /// <summary>The demo calendar is open Monday to Friday, all day: the next weekday after today.</summary>
    private static DateOnly NextBusinessDay(DateOnly today)
    {
        var day = today.AddDays(1);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>
    /// A live clock due on <paramref name="day"/>, its due instant, and that instant one business day later (the same
    /// wall-clock time on the next weekday): what closing the day must do to it.
    /// </summary>
    private async Task<(Ticket Ticket, DateTimeOffset Due, DateTimeOffset Later)> TicketDueOnAsync(CompanyClock clock, DateOnly day)
    {
        var from = clock.StartOfDay(day).UtcTicks;
        var to = clock.StartOfDay(day.AddDays(1)).UtcTicks;
        await using var db = await Db();
        var ticket = await db.Tickets.AsNoTracking()
            .Where(t => t.AwaitingResponse && t.ResponseDueUtcTicks > from && t.ResponseDueUtcTicks < to)
            .OrderBy(t => t.Id)
            .FirstOrDefaultAsync(TestContext.Current.CancellationToken);
        Assert.True(ticket is not null, $"The demo data has no live clock due on {day:yyyy-MM-dd}.");
        var due = new DateTimeOffset(ticket.ResponseDueUtcTicks!.Value, TimeSpan.Zero);
        var wallClock = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(due, clock.Zone).DateTime);
        return (ticket, due, clock.At(NextBusinessDay(day), wallClock));
    }

    private async Task<int> LiveClocksDueAfterAsync(DateTimeOffset start)
    {
        await using var db = await Db();
        return await db.Tickets.CountAsync(
            t => t.AwaitingResponse && t.ResponseDueUtcTicks > start.UtcTicks, TestContext.Current.CancellationToken);
    }

    private Task<HelpdeskDbContext> Db() => browser.App.Services.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>()
        .CreateDbContextAsync(TestContext.Current.CancellationToken);

    private static string Iso(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
