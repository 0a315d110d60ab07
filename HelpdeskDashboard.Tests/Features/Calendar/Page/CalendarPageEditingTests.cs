using Bunit;
using HelpdeskDashboard.Tests.Features.Tickets.Support;

namespace HelpdeskDashboard.Tests.Features.Calendar.Page;

/// <summary>What the manager sees of the stored calendar and how the draft changes as they edit it.</summary>
public sealed class CalendarPageEditingTests : CalendarPageTestBase
{
    [Fact]
    public void Shows_the_company_zone_the_hours_per_weekday_and_this_years_closures()
    {
        var page = RenderPage();

        Assert.Equal("Company time zone: Berlin (UTC+01:00). Times on this page are in your zone, Berlin (UTC+01:00).", Text(page, "calendar-zone"));
        Assert.Equal("09:00-12:00, 13:00-17:00", page.Find("[data-testid=hours-Monday]").GetAttribute("value"));
        Assert.Equal("09:00-17:00", page.Find("[data-testid=hours-Friday]").GetAttribute("value"));
        Assert.Equal("", page.Find("[data-testid=hours-Saturday]").GetAttribute("value"));
        Assert.Equal("closed", page.Find("[data-testid=hours-Sunday]").GetAttribute("placeholder"));
        Assert.Equal("2026", Text(page, "closure-year"));
        Assert.Equal(["Fri 3 Apr 2026 | Good Friday | all day", "Thu 24 Dec 2026 | Christmas Eve | 13:00-24:00"], ClosureRows(page));
        Assert.Equal("Remove Good Friday on Fri 3 Apr 2026", page.FindAll("[data-testid=remove-closure]")[0].GetAttribute("aria-label"));
        Assert.Equal(["from the start | configuration | Mon 5 Jan 2026, 08:00"], VersionRows(page));
        Assert.False(Shows(page, "calendar-preview"));
        Assert.Null(SaveEnabled(page));
    }

    [Fact]
    public void A_manager_in_another_zone_is_told_which_zone_the_page_uses()
    {
        ViewerZone.Zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

        var page = RenderPage();

        Assert.Equal("Company time zone: Berlin (UTC+01:00). Times on this page are in your zone, New York (UTC−04:00).", Text(page, "calendar-zone"));
        Assert.Equal(["from the start | configuration | Mon 5 Jan 2026, 02:00"], VersionRows(page));
    }

    [Fact]
    public async Task Switching_the_year_shows_that_years_closures()
    {
        var page = RenderPage();

        await ChooseYearAsync(page, 2027);

        Assert.Equal("2027", Text(page, "closure-year"));
        Assert.Equal(["Fri 1 Jan 2027 | New Year | all day"], ClosureRows(page));
        Assert.Contains("Closures in 2027", page.Find("[data-testid=closures] caption").TextContent, StringComparison.Ordinal);

        await ChooseYearAsync(page, 2026);

        Assert.Equal(["Fri 3 Apr 2026 | Good Friday | all day", "Thu 24 Dec 2026 | Christmas Eve | 13:00-24:00"], ClosureRows(page));
    }

    [Fact]
    public async Task Adding_a_whole_day_closure_adds_its_row_in_date_order_confirms_and_clears_the_fields()
    {
        var page = RenderPage();

        await AddClosureAsync(page, "2026-03-11", " Company outing ");

        Assert.Equal(
            ["Wed 11 Mar 2026 | Company outing | all day", "Fri 3 Apr 2026 | Good Friday | all day", "Thu 24 Dec 2026 | Christmas Eve | 13:00-24:00"],
            ClosureRows(page));
        Assert.Equal("Wed 11 Mar 2026, Company outing (all day) added to the draft; preview and save to apply it.", Text(page, "closure-feedback"));
        Assert.Equal("status", page.Find("[data-testid=closure-feedback]").GetAttribute("role"));
        Assert.True(string.IsNullOrEmpty(page.Find("[data-testid=closure-date]").GetAttribute("value")));
        Assert.True(string.IsNullOrEmpty(page.Find("[data-testid=closure-name]").GetAttribute("value")));
        Assert.True(page.Find("[data-testid=closure-whole-day]").HasAttribute("checked"));
        Assert.False(Shows(page, "closure-hours"));
    }

    [Fact]
    public async Task Adding_a_part_day_closure_shows_its_closed_hours()
    {
        var page = RenderPage();

        await AddClosureAsync(page, "2026-12-31", "New Year's Eve", closedHours: " 12:00-24:00 ");

        Assert.Contains("Thu 31 Dec 2026 | New Year's Eve | 12:00-24:00", ClosureRows(page));
        Assert.Equal("Thu 31 Dec 2026, New Year's Eve (12:00-24:00) added to the draft; preview and save to apply it.", Text(page, "closure-feedback"));
    }

    [Fact]
    public async Task Adding_a_closure_in_another_year_shows_that_year()
    {
        var page = RenderPage();

        await AddClosureAsync(page, "2028-05-01", "Labour Day");

        Assert.Equal("2028", Text(page, "closure-year"));
        Assert.Equal(["Mon 1 May 2028 | Labour Day | all day"], ClosureRows(page));
    }

    public static TheoryData<string, string?, string?, string?, string> BadClosures => new()
    {
        { "no date", null, "Company outing", null, "Choose the date of the closure." },
        { "no name", "2026-03-11", null, null, "The closure on 2026-03-11 needs a name." },
        { "a name of spaces", "2026-03-11", "   ", null, "The closure on 2026-03-11 needs a name." },
        { "a date already closed", "2026-04-03", "Easter", null, "2026-04-03 is listed more than once; one closure per date." },
        { "closed hours past 24:00", "2026-03-11", "Company outing", "13:00-25:00", "Closure on 2026-03-11: '13:00-25:00' is not a range of the form HH:mm-HH:mm with times from 00:00 to 24:00." },
        { "closed hours backwards", "2026-03-11", "Company outing", "17:00-13:00", "Closure on 2026-03-11: '17:00-13:00' ends before it starts; a range must lie within one day." },
        { "closed hours not a range", "2026-03-11", "Company outing", "afternoon", "Closure on 2026-03-11: 'afternoon' is not a range of the form HH:mm-HH:mm with times from 00:00 to 24:00." },
        { "part of the day, but no closed hours", "2026-03-11", "Company outing", "", "Enter the closed hours, e.g. 13:00-24:00, or switch on \"Closed all day\"." },
        { "the year 1999", "1999-12-24", "Christmas Eve", null, "1999-12-24 lies outside the supported years 2000–2099." },
    };

    [Theory]
    [MemberData(nameof(BadClosures))]
    public async Task A_bad_closure_shows_why_and_adds_nothing(string label, string? date, string? name, string? closedHours, string message)
    {
        var page = RenderPage();
        var before = ClosureRows(page);

        await AddClosureAsync(page, date, name, closedHours);

        var feedback = page.Find("[data-testid=closure-feedback]");
        Assert.True("alert" == feedback.GetAttribute("role"), label);
        Assert.Equal($"The closure was not added: | {message}", Feedback(page, "closure-feedback"));
        Assert.Equal(before, ClosureRows(page));
        Assert.Equal("2026", Text(page, "closure-year"));
        await ChooseYearAsync(page, 2027);
        Assert.Equal(["Fri 1 Jan 2027 | New Year | all day"], ClosureRows(page));
        if (name is not null)
        {
            Assert.True(name == page.Find("[data-testid=closure-name]").GetAttribute("value"), $"{label}: the name typed is kept to correct it");
        }
    }

    [Fact]
    public async Task Removing_a_closure_removes_its_row_and_says_so()
    {
        var page = RenderPage();

        await page.FindAll("[data-testid=remove-closure]")[0].ClickAsync(new());

        Assert.Equal(["Thu 24 Dec 2026 | Christmas Eve | 13:00-24:00"], ClosureRows(page));
        Assert.Equal("Fri 3 Apr 2026, Good Friday (all day) removed from the draft; preview and save to apply it.", Text(page, "closure-feedback"));

        await ChooseYearAsync(page, 2027);
        await page.Find("[data-testid=remove-closure]").ClickAsync(new());

        Assert.Empty(ClosureRows(page));
        Assert.Equal("No closures in 2027.", Text(page, "no-closures"));
    }

    [Fact]
    public void An_agent_is_told_they_may_not_and_sees_no_editor()
    {
        User = FakeCurrentUser.Agent();

        var page = RenderPage();

        var feedback = page.Find("[data-testid=calendar-feedback]");
        Assert.Equal("alert", feedback.GetAttribute("role"));
        Assert.Equal("You may not do that. | Only a manager can change the business calendar.", Feedback(page, "calendar-feedback"));
        Assert.Empty(page.FindAll("input"));
        Assert.False(Shows(page, "preview"));
        Assert.False(Shows(page, "versions"));
        Assert.DoesNotContain("Good Friday", page.Markup, StringComparison.Ordinal);
    }

    public static TheoryData<string> Edits => ["typing hours", "adding a closure", "removing a closure", "choosing a later instant"];

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task Any_edit_drops_a_shown_preview_so_only_what_was_previewed_can_be_saved(string edit)
    {
        var page = RenderPage();
        await TypeHoursAsync(page, DayOfWeek.Saturday, "10:00-14:00");
        await ClickAsync(page, "preview");
        Assert.True(SaveEnabled(page), "the preview offers to save");
        await ClickAsync(page, "save");
        Assert.True(Shows(page, "confirm-save"));

        await (edit switch
        {
            "typing hours" => TypeHoursAsync(page, DayOfWeek.Saturday, "10:00-15:00"),
            "adding a closure" => AddClosureAsync(page, "2026-03-11", "Company outing"),
            "removing a closure" => page.FindAll("[data-testid=remove-closure]")[0].ClickAsync(new()),
            "choosing a later instant" => ChooseLaterAsync(page, null, null),
            _ => throw new ArgumentOutOfRangeException(nameof(edit)),
        });

        Assert.False(Shows(page, "calendar-preview"), edit);
        Assert.False(Shows(page, "confirm-save"), edit);
        Assert.Null(SaveEnabled(page));
        Assert.Single(await StoredVersionsAsync());
    }

    public static TheoryData<string> LaterEdits => ["the date", "the time", "back to now"];

    [Theory]
    [MemberData(nameof(LaterEdits))]
    public async Task Changing_when_it_takes_effect_drops_a_shown_preview(string edit)
    {
        var page = RenderPage();
        await TypeHoursAsync(page, DayOfWeek.Saturday, "10:00-14:00");
        await ChooseLaterAsync(page, "2026-03-20", "09:30");
        await ClickAsync(page, "preview");
        Assert.True(SaveEnabled(page), "the preview offers to save");

        await (edit switch
        {
            "the date" => page.Find("[data-testid=effective-date]").ChangeAsync(new() { Value = "2026-03-21" }),
            "the time" => page.Find("[data-testid=effective-time]").ChangeAsync(new() { Value = "10:00" }),
            "back to now" => page.FindAll("[data-testid=effective-mode] input[type=radio]")[0].ClickAsync(new()),
            _ => throw new ArgumentOutOfRangeException(nameof(edit)),
        });

        Assert.False(Shows(page, "calendar-preview"), edit);
        Assert.Null(SaveEnabled(page));
    }

    [Fact]
    public async Task Switching_the_year_is_no_edit_and_keeps_the_preview()
    {
        var page = RenderPage();
        await TypeHoursAsync(page, DayOfWeek.Saturday, "10:00-14:00");
        await ClickAsync(page, "preview");

        await ChooseYearAsync(page, 2027);

        Assert.True(SaveEnabled(page));
    }
}
