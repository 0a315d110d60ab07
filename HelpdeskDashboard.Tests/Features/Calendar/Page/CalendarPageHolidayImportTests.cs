using Bunit;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace HelpdeskDashboard.Tests.Features.Calendar.Page;

/// <summary>The page with the real holiday import dialog: what it returns lands in the draft, and a preview is dropped.</summary>
public sealed class CalendarPageHolidayImportTests : CalendarPageTestBase
{
    [Fact]
    public async Task Imported_holidays_join_the_draft_except_dates_already_closed_and_drop_the_preview()
    {
        var page = RenderPage();
        var dialogs = Context.Render<MudDialogProvider>();
        await TypeHoursAsync(page, DayOfWeek.Saturday, "10:00-14:00");
        await ClickAsync(page, "preview");
        Assert.True(SaveEnabled(page));

        var importing = page.Find("[data-testid=import-holidays]").ClickAsync(new MouseEventArgs());
        dialogs.WaitForElement("[data-testid=holiday-show]");
        var country = dialogs.FindComponent<MudSelect<string>>();
        await dialogs.InvokeAsync(() => country.Instance.SelectOption("DE"));
        await dialogs.Find("[data-testid=holiday-show]").ClickAsync(new MouseEventArgs());
        Assert.Equal("Add 8 holidays", Text(dialogs.Find("[data-testid=holiday-confirm]")));
        await dialogs.Find("[data-testid=holiday-confirm]").ClickAsync(new MouseEventArgs());
        await importing;

        Assert.Equal("8 public holiday(s) added to the draft; preview and save to apply them.", Feedback(page, "closure-feedback"));
        Assert.Equal("2027", Text(page, "closure-year"));
        var rows = ClosureRows(page);
        Assert.Equal(9, rows.Count);
        Assert.Equal("Fri 1 Jan 2027 | New Year | all day", rows[0]);
        Assert.Contains("Fri 26 Mar 2027 | Good Friday | all day", rows);
        Assert.Contains("Sun 3 Oct 2027 | German Unity Day | all day", rows);
        Assert.False(Shows(page, "calendar-preview"));
        Assert.Null(SaveEnabled(page));

        await ClickAsync(page, "preview");
        Assert.Contains("Closed Fri 26 Mar 2027, Good Friday (all day) (added)", page.FindAll("[data-testid=preview-changes] li").Select(Text));
    }
}
