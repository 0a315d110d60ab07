using Bunit;
using HelpdeskDashboard.Features.Calendar;
using HelpdeskDashboard.Features.Calendar.Changes;
using HelpdeskDashboard.Features.Sla;
using Microsoft.EntityFrameworkCore;

using static HelpdeskDashboard.Tests.Features.Sla.Support.SlaTestKit;
using TestContext = Xunit.TestContext;

namespace HelpdeskDashboard.Tests.Features.Calendar.Page;

/// <summary>Preview, confirmation and save against the real service, including the refusals it answers.</summary>
public sealed class CalendarPagePreviewAndSaveTests : CalendarPageTestBase
{
    private const string Counts = "Of 2 open deadline(s): 1 later, 0 earlier, 1 unchanged.";

    [Fact]
    public async Task Preview_shows_the_counts_the_change_lines_and_the_moves_and_saves_nothing()
    {
        var page = RenderPage();
        await AddClosureAsync(page, "2026-03-11", "Company outing");

        await ClickAsync(page, "preview");

        var preview = page.Find("[data-testid=calendar-preview]");
        Assert.Equal("status", preview.GetAttribute("role"));
        Assert.Equal("Takes effect Tue 10 Mar 2026, 11:00", Text(preview.QuerySelector("h3")!));
        Assert.Equal(["Closed Wed 11 Mar 2026, Company outing (all day) (added)"], page.FindAll("[data-testid=preview-changes] li").Select(Text));
        Assert.Equal(Counts, Text(page, "preview-counts"));
        Assert.Equal(
            "In the first 24 hours after it takes effect: 0 more at risk, 0 fewer at risk; 0 more breached if nobody answers, 0 fewer.",
            Text(page, "preview-risk"));
        Assert.Equal("The 1 largest moves", Text(page.Find("[data-testid=preview-moves] caption")));
        var move = Assert.Single(page.FindAll("[data-testid=preview-move]"));
        Assert.Equal(
            $"#{DueWednesday} Printer offline | Kessler Steuerungsbau GmbH | Gold | Wed 11 Mar 2026, 15:00 | Thu 12 Mar 2026, 15:00 | later by 24 h",
            string.Join(" | ", move.QuerySelectorAll("td").Select(Text)));
        Assert.Equal($"tickets/{DueWednesday}", move.QuerySelector("a")!.GetAttribute("href"));
        Assert.True(SaveEnabled(page));
        Assert.False(Shows(page, "confirm-save"));
        Assert.Single(await StoredVersionsAsync());
    }

    [Fact]
    public async Task Hours_changes_are_listed_per_weekday_in_the_preview()
    {
        var page = RenderPage();
        await TypeHoursAsync(page, DayOfWeek.Saturday, "10:00-14:00");
        await TypeHoursAsync(page, DayOfWeek.Monday, "");

        await ClickAsync(page, "preview");

        Assert.Equal(
            ["Monday: 09:00-12:00, 13:00-17:00 → closed", "Saturday: closed → 10:00-14:00"],
            page.FindAll("[data-testid=preview-changes] li").Select(Text));
    }

    public static TheoryData<string> EditsThatEndWhereTheyBegan => ["no edit", "hours retyped with spaces", "a closure removed and added again"];

    [Theory]
    [MemberData(nameof(EditsThatEndWhereTheyBegan))]
    public async Task With_no_change_the_preview_says_there_is_nothing_to_save_and_save_is_disabled(string edit)
    {
        var page = RenderPage();
        switch (edit)
        {
            case "hours retyped with spaces":
                await TypeHoursAsync(page, DayOfWeek.Monday, " 09:00-12:00 ,13:00-17:00 ");
                break;
            case "a closure removed and added again":
                await page.FindAll("[data-testid=remove-closure]")[0].ClickAsync(new());
                await AddClosureAsync(page, "2026-04-03", "Good Friday");
                break;
        }

        await ClickAsync(page, "preview");

        Assert.Equal("The draft is the same as the calendar in force: there is nothing to save.", Text(page, "preview-no-change"));
        Assert.Equal("Of 2 open deadline(s): 0 later, 0 earlier, 2 unchanged.", Text(page, "preview-counts"));
        Assert.False(Shows(page, "preview-changes"), edit);
        Assert.False(Shows(page, "preview-moves"), edit);
        Assert.False(SaveEnabled(page), edit);
    }

    [Fact]
    public async Task Save_asks_first_naming_when_it_takes_effect_and_how_many_deadlines_move()
    {
        var page = await PreviewWednesdayClosedAsync();

        await ClickAsync(page, "save");

        var confirm = Text(page, "confirm-save");
        Assert.StartsWith(
            "Save this calendar? It takes effect Tue 10 Mar 2026, 11:00 and moves 1 deadline(s) at once; agents and customers see the new deadlines immediately.",
            confirm, StringComparison.Ordinal);
        Assert.EndsWith("Yes, save the calendar Cancel", confirm, StringComparison.Ordinal);
        Assert.Null(SaveEnabled(page));
        Assert.Single(await StoredVersionsAsync());
    }

    [Fact]
    public async Task Cancel_hides_the_confirmation_and_saves_nothing()
    {
        var page = await PreviewWednesdayClosedAsync();
        await ClickAsync(page, "save");

        await page.FindAll("[data-testid=confirm-save] button").Single(b => Text(b) == "Cancel").ClickAsync(new());

        Assert.False(Shows(page, "confirm-save"));
        Assert.True(SaveEnabled(page));
        Assert.Equal(Counts, Text(page, "preview-counts"));
        Assert.Single(await StoredVersionsAsync());
    }

    [Fact]
    public async Task Confirming_saves_moves_the_deadline_and_shows_the_new_version()
    {
        var page = await PreviewWednesdayClosedAsync();
        await ClickAsync(page, "save");

        await ClickAsync(page, "confirm-save-button");

        var feedback = page.Find("[data-testid=calendar-feedback]");
        Assert.Equal("status", feedback.GetAttribute("role"));
        Assert.Equal(
            "The calendar was saved and takes effect Tue 10 Mar 2026, 11:00: 1 deadline(s) later, 0 earlier, 1 unchanged; within 24 h of taking effect 0 more at risk, 0 fewer; 0 more breached if unanswered, 0 fewer.",
            Feedback(page, "calendar-feedback"));
        Assert.False(Shows(page, "calendar-preview"));
        Assert.False(Shows(page, "confirm-save"));
        Assert.Equal(
            ["Tue 10 Mar 2026, 11:00 | manager@example.com | Tue 10 Mar 2026, 11:00", "from the start | configuration | Mon 5 Jan 2026, 08:00"],
            VersionRows(page));
        Assert.Contains("Wed 11 Mar 2026 | Company outing | all day", ClosureRows(page));
        Assert.Equal(2, (await StoredVersionsAsync()).Count);
        Assert.Equal(Local("Thu 2026-03-12 15:00").UtcTicks, await DueAsync(DueWednesday));
        Assert.Equal(Local("Tue 2026-03-10 16:00").UtcTicks, await DueAsync(DueToday));

        await ClickAsync(page, "preview");
        Assert.Equal("The draft is the same as the calendar in force: there is nothing to save.", Text(page, "preview-no-change"));
    }

    [Fact]
    public async Task A_change_at_a_later_instant_is_read_in_the_viewers_zone_and_shown_as_scheduled()
    {
        ViewerZone.Zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var page = RenderPage();
        await TypeHoursAsync(page, DayOfWeek.Saturday, "10:00-14:00");
        await ChooseLaterAsync(page, "2026-03-20", " 9:30 ");

        await ClickAsync(page, "preview");
        Assert.Equal("Takes effect Fri 20 Mar 2026, 09:30", Text(page.Find("[data-testid=calendar-preview] h3")));
        await ClickAsync(page, "save");
        Assert.StartsWith("Save this calendar? It takes effect Fri 20 Mar 2026, 09:30 and moves 0 deadline(s) at once;", Text(page, "confirm-save"), StringComparison.Ordinal);
        await ClickAsync(page, "confirm-save-button");

        Assert.StartsWith("The calendar was saved and takes effect Fri 20 Mar 2026, 09:30:", Feedback(page, "calendar-feedback"), StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2026, 3, 20, 13, 30, 0, TimeSpan.Zero), (await StoredVersionsAsync())[^1].EffectiveFrom);
        Assert.Equal(
            "A change saved by manager@example.com takes effect Fri 20 Mar 2026, 09:30; what you see includes it, and a new change can take effect at that moment or later. Withdraw the scheduled change…",
            Text(page, "scheduled"));
        Assert.Equal("10:00-14:00", page.Find("[data-testid=hours-Saturday]").GetAttribute("value"));
    }

    [Fact]
    public async Task A_scheduled_change_is_withdrawn_by_a_change_at_its_instant_back_to_the_rules_before_it()
    {
        var page = RenderPage();
        await TypeHoursAsync(page, DayOfWeek.Saturday, "10:00-14:00");
        await ChooseLaterAsync(page, "2026-03-20", "09:30");
        await ClickAsync(page, "preview");
        await ClickAsync(page, "save");
        await ClickAsync(page, "confirm-save-button");
        Assert.True(Shows(page, "scheduled"));

        await ClickAsync(page, "withdraw-scheduled");

        Assert.Equal(
            "The draft now undoes the change scheduled for Fri 20 Mar 2026, 09:30: preview and save to withdraw it.",
            Feedback(page, "calendar-feedback"));
        Assert.Equal("", page.Find("[data-testid=hours-Saturday]").GetAttribute("value") ?? "");
        await ClickAsync(page, "preview");
        Assert.Equal("Takes effect Fri 20 Mar 2026, 09:30", Text(page.Find("[data-testid=calendar-preview] h3")));
        Assert.Equal(["Saturday: 10:00-14:00 → closed"], page.FindAll("[data-testid=preview-changes] li").Select(Text));
        await ClickAsync(page, "save");
        await ClickAsync(page, "confirm-save-button");

        var stored = await StoredVersionsAsync();
        Assert.Equal(stored[^2].EffectiveFrom, stored[^1].EffectiveFrom);
        Assert.False(stored[^1].Definition.Hours.ContainsKey(DayOfWeek.Saturday));
        Assert.False(Shows(page, "scheduled")); // the change at that instant now changes nothing
    }

    public static TheoryData<string, string?, string?, string> BadLaterInstants => new()
    {
        { "no date", null, "09:00", "Nothing was previewed. Please correct this: | Choose the date the change takes effect." },
        { "no time", "2026-03-20", "", "Nothing was previewed. Please correct this: | '' is not a time of day like 09:00." },
        { "an hour past 24", "2026-03-20", "25:00", "Nothing was previewed. Please correct this: | '25:00' is not a time of day like 09:00." },
        { "not a time", "2026-03-20", "noon", "Nothing was previewed. Please correct this: | 'noon' is not a time of day like 09:00." },
        { "a time the clocks skip", "2027-03-28", "02:30", "Nothing was previewed. Please correct this: | 2027-03-28 02:30 does not exist in Berlin: the clocks skip it." },
        { "in the past", "2026-03-10", "10:59", "Nothing was previewed. Please correct this: | The change cannot take effect in the past: choose \"now\" or a later date and time." },
    };

    [Theory]
    [MemberData(nameof(BadLaterInstants))]
    public async Task A_bad_later_instant_shows_why_and_previews_nothing(string label, string? date, string? time, string message)
    {
        var page = RenderPage();
        await TypeHoursAsync(page, DayOfWeek.Saturday, "10:00-14:00");
        await ChooseLaterAsync(page, date, time);

        await ClickAsync(page, "preview");

        Assert.True("alert" == page.Find("[data-testid=calendar-feedback]").GetAttribute("role"), label);
        Assert.Equal(message, Feedback(page, "calendar-feedback"));
        Assert.False(Shows(page, "calendar-preview"), label);
        Assert.Null(SaveEnabled(page));
    }

    public static TheoryData<string, DayOfWeek, string, string> InvalidHours => new()
    {
        { "an hour past 24", DayOfWeek.Saturday, "10:00-25:00", "Saturday: '10:00-25:00' is not a range of the form HH:mm-HH:mm with times from 00:00 to 24:00." },
        { "overlapping ranges", DayOfWeek.Monday, "09:00-13:00, 12:00-17:00", "Monday: the ranges 09:00-13:00 and 12:00-17:00 overlap." },
    };

    [Theory]
    [MemberData(nameof(InvalidHours))]
    public async Task Hours_the_calendar_refuses_show_the_reasons_and_no_preview(string label, DayOfWeek day, string hours, string message)
    {
        var page = RenderPage();
        await TypeHoursAsync(page, day, hours);

        await ClickAsync(page, "preview");

        Assert.True("alert" == page.Find("[data-testid=calendar-feedback]").GetAttribute("role"), label);
        Assert.Equal($"Nothing was previewed. Please correct this: | {message}", Feedback(page, "calendar-feedback"));
        Assert.False(Shows(page, "calendar-preview"), label);
    }

    [Fact]
    public async Task A_week_without_opening_hours_is_refused()
    {
        var page = RenderPage();
        foreach (var day in CalendarDefinitionDiff.Week)
        {
            await TypeHoursAsync(page, day, "");
        }

        await ClickAsync(page, "preview");

        Assert.Equal(
            "Nothing was previewed. Please correct this: | At least one weekday needs opening hours: a week with no open time has no deadlines.",
            Feedback(page, "calendar-feedback"));
    }

    [Fact]
    public async Task A_refused_preview_drops_the_earlier_preview_so_it_cannot_be_saved()
    {
        var page = RenderPage();
        await TypeHoursAsync(page, DayOfWeek.Saturday, "10:00-14:00");
        await ChooseLaterAsync(page, "2026-03-10", "11:30");
        await ClickAsync(page, "preview");
        Assert.True(SaveEnabled(page));

        AdvanceTo("Tue 2026-03-10 11:31");
        await ClickAsync(page, "preview");

        Assert.Equal(
            "Nothing was previewed. Please correct this: | The change cannot take effect in the past: choose \"now\" or a later date and time.",
            Feedback(page, "calendar-feedback"));
        Assert.False(Shows(page, "calendar-preview"));
        Assert.Null(SaveEnabled(page));
    }

    [Fact]
    public async Task A_preview_older_than_ten_minutes_is_not_saved_and_says_why()
    {
        var page = await PreviewWednesdayClosedAsync();
        await ClickAsync(page, "save");

        Time.Advance(TimeSpan.FromMinutes(11));
        await ClickAsync(page, "confirm-save-button");

        Assert.Equal(
            "Nothing was saved. Please correct this: | The preview is more than 10 minutes old; nothing was saved. Preview the change again.",
            Feedback(page, "calendar-feedback"));
        Assert.False(Shows(page, "confirm-save"));
        Assert.Single(await StoredVersionsAsync());
        Assert.Equal(Local("Wed 2026-03-11 15:00").UtcTicks, await DueAsync(DueWednesday));
    }

    [Fact]
    public async Task Another_managers_change_before_the_preview_reloads_the_calendar_and_says_who()
    {
        var page = RenderPage();
        await AddClosureAsync(page, "2026-03-11", "Company outing");
        await OtherManagerClosesLabourDayAsync();

        await ClickAsync(page, "preview");

        AssertReloadedAfterOtherManager(page);
    }

    [Fact]
    public async Task Another_managers_change_before_the_save_reloads_the_calendar_and_saves_nothing()
    {
        var page = await PreviewWednesdayClosedAsync();
        await ClickAsync(page, "save");
        await OtherManagerClosesLabourDayAsync();

        await ClickAsync(page, "confirm-save-button");

        AssertReloadedAfterOtherManager(page);
        Assert.Equal(2, (await StoredVersionsAsync()).Count);
        Assert.Equal(Local("Wed 2026-03-11 15:00").UtcTicks, await DueAsync(DueWednesday));
    }

    [Fact]
    public async Task Deadlines_that_changed_since_the_preview_show_the_fresh_preview_and_save_nothing_until_confirmed_again()
    {
        var page = await PreviewWednesdayClosedAsync();
        await ClickAsync(page, "save");
        var customer = await CustomerOfAsync(DueWednesday);
        var opened = await AddLiveClockAsync(customer, "Invoice question", Local("Wed 2026-03-11 10:00"));

        await ClickAsync(page, "confirm-save-button");

        Assert.Equal(
            "The deadlines changed since your preview (a ticket was answered, updated or opened meanwhile); nothing was saved. Check the new preview and save again.",
            Feedback(page, "calendar-feedback"));
        Assert.Equal("alert", page.Find("[data-testid=calendar-feedback]").GetAttribute("role"));
        Assert.Equal("Of 3 open deadline(s): 2 later, 0 earlier, 1 unchanged.", Text(page, "preview-counts"));
        Assert.Equal(
            [$"#{DueWednesday} Printer offline", $"#{opened} Invoice question"],
            page.FindAll("[data-testid=preview-move] td:first-child").Select(Text));
        Assert.False(Shows(page, "confirm-save"));
        Assert.True(SaveEnabled(page));
        Assert.Single(await StoredVersionsAsync());

        await ClickAsync(page, "save");
        Assert.Contains("moves 2 deadline(s) at once", Text(page, "confirm-save"), StringComparison.Ordinal);
        await ClickAsync(page, "confirm-save-button");

        Assert.StartsWith("The calendar was saved and takes effect Tue 10 Mar 2026, 11:00: 2 deadline(s) later", Feedback(page, "calendar-feedback"), StringComparison.Ordinal);
        Assert.Equal(Local("Thu 2026-03-12 10:00").UtcTicks, await DueAsync(opened));
    }

    private async Task<Bunit.IRenderedComponent<CalendarPage>> PreviewWednesdayClosedAsync()
    {
        var page = RenderPage();
        await AddClosureAsync(page, "2026-03-11", "Company outing");
        await ClickAsync(page, "preview");
        Assert.Equal(Counts, Text(page, "preview-counts"));
        return page;
    }

    /// <summary>Lena, another manager, closes 1 May from the same version the page loaded, and saves first.</summary>
    private async Task OtherManagerClosesLabourDayAsync()
    {
        var cancel = TestContext.Current.CancellationToken;
        var lena = OtherManager();
        var state = (await lena.CurrentAsync(cancel)).Value!;
        var definition = state.Draft.Clone();
        definition.Closures.Add(new BusinessClosure { Date = new(2026, 5, 1), Name = "Labour Day" });
        var change = new CalendarChange(definition, null, state.LatestVersionId);
        var preview = await lena.PreviewAsync(change, cancel);
        var saved = await lena.SaveAsync(change, preview.Value!, cancel);
        Assert.True(saved.Succeeded, string.Join(" ", saved.Errors));
    }

    private static void AssertReloadedAfterOtherManager(Bunit.IRenderedComponent<CalendarPage> page)
    {
        Assert.Equal(
            "Someone else changed this calendar meanwhile; nothing was saved. | "
            + "lena.vogel@example.com saved a change to the calendar at Tue 10 Mar 2026, 11:00; nothing was saved. The page now shows the current calendar: make your change again. | "
            + "The calendar has been reloaded: check its latest state and try again.",
            Feedback(page, "calendar-feedback"));
        Assert.Equal("alert", page.Find("[data-testid=calendar-feedback]").GetAttribute("role"));
        Assert.Equal(
            ["Fri 3 Apr 2026 | Good Friday | all day", "Fri 1 May 2026 | Labour Day | all day", "Thu 24 Dec 2026 | Christmas Eve | 13:00-24:00"],
            ClosureRows(page));
        Assert.Equal("Tue 10 Mar 2026, 11:00 | lena.vogel@example.com | Tue 10 Mar 2026, 11:00", VersionRows(page)[0]);
        Assert.False(Shows(page, "calendar-preview"));
        Assert.False(Shows(page, "confirm-save"));
    }

    private async Task<long?> DueAsync(int ticketId)
    {
        await using var db = Database.CreateDbContext();
        return await db.Tickets.Where(t => t.Id == ticketId).Select(t => t.ResponseDueUtcTicks).SingleAsync(TestContext.Current.CancellationToken);
    }

    private async Task<int> CustomerOfAsync(int ticketId)
    {
        await using var db = Database.CreateDbContext();
        return await db.Tickets.Where(t => t.Id == ticketId).Select(t => t.CustomerId).SingleAsync(TestContext.Current.CancellationToken);
    }
}
