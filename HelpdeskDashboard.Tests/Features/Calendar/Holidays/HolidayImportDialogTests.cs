using Bunit;
using HelpdeskDashboard.Features.Calendar.Holidays;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Platform.Time;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace HelpdeskDashboard.Tests.Features.Calendar.Holidays;

/// <summary>The clock starts on Tue 10 March 2026 in Berlin, so the dialog proposes 2027.</summary>
public sealed class HolidayImportDialogTests : BunitTestBase
{
    public HolidayImportDialogTests()
    {
        Context.Services.AddSingleton(new CompanyClock(Zone, Time));
        Context.Services.AddHolidayImport();
    }

    [Fact]
    public async Task Shows_the_regions_holidays_with_friendly_dates_all_ticked()
    {
        var (provider, _) = await ShowAsync(p => { p.Add(d => d.Country, "DE"); p.Add(d => d.Region, "BY"); });

        Assert.Equal("2027", YearInput(provider).GetAttribute("value"));
        provider.Find("[data-testid=holiday-show]").Click();

        var rows = provider.FindAll("[data-testid=holiday-row]");
        Assert.Equal(13, rows.Count);
        Assert.Contains("Fri 1 Jan 2027 · New Year", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Wed 6 Jan 2027 · Epiphany", rows[1].TextContent, StringComparison.Ordinal);
        Assert.All(provider.FindAll("[data-testid=holiday-row] input[type=checkbox]"), box => Assert.False(box.HasAttribute("disabled")));
        Assert.Contains("13 public holidays in Bavaria, Germany, 2027", provider.Markup, StringComparison.Ordinal);
        Assert.Equal("Add 13 holidays", Confirm(provider).TextContent.Trim());
    }

    [Fact]
    public async Task A_date_already_closed_is_marked_and_cannot_be_ticked()
    {
        var (provider, _) = await ShowAsync(p =>
        {
            p.Add(d => d.Country, "DE");
            p.Add(d => d.ExistingDates, (IReadOnlyCollection<DateOnly>)[new DateOnly(2027, 1, 1), new DateOnly(2027, 2, 1)]);
        });

        provider.Find("[data-testid=holiday-show]").Click();

        var newYear = provider.Find("[data-testid=holiday-row][data-date='2027-01-01']");
        Assert.Equal("true", newYear.GetAttribute("data-already-closed"));
        Assert.Contains("(already closed)", newYear.TextContent, StringComparison.Ordinal);
        var box = newYear.QuerySelector("input[type=checkbox]")!;
        Assert.True(box.HasAttribute("disabled"));
        Assert.False(box.HasAttribute("checked"));
        Assert.Equal("Add 8 holidays", Confirm(provider).TextContent.Trim());
    }

    [Fact]
    public async Task Unticking_lowers_the_count_and_confirming_returns_the_ticked_whole_day_closures()
    {
        var (provider, dialog) = await ShowAsync(p => p.Add(d => d.Country, "DE"));
        provider.Find("[data-testid=holiday-show]").Click();
        Assert.Equal("Add 9 holidays", Confirm(provider).TextContent.Trim());

        provider.Find("[data-testid=holiday-row][data-date='2027-03-26'] input[type=checkbox]").Change(false);

        provider.WaitForAssertion(() => Assert.Equal("Add 8 holidays", Confirm(provider).TextContent.Trim()));
        Confirm(provider).Click();

        var result = await dialog.Result;
        Assert.False(result!.Canceled);
        var closures = Assert.IsAssignableFrom<IReadOnlyList<BusinessClosure>>(result.Data);
        Assert.Equal(8, closures.Count);
        Assert.All(closures, c => Assert.True(c.IsWholeDay));
        Assert.DoesNotContain(closures, c => c.Date == new DateOnly(2027, 3, 26));
        Assert.Contains(closures, c => c.Date == new DateOnly(2027, 10, 3) && c.Name == "German Unity Day");
        Assert.Equal(closures.Select(c => c.Date).Order(), closures.Select(c => c.Date));
    }

    [Fact]
    public async Task Unticking_everything_disables_the_confirm_button()
    {
        var (provider, _) = await ShowAsync(p => { p.Add(d => d.Country, "CH"); p.Add(d => d.Year, 2028); });
        provider.Find("[data-testid=holiday-show]").Click();

        foreach (var date in provider.FindAll("[data-testid=holiday-row]").Select(r => r.GetAttribute("data-date")).ToList())
        {
            provider.Find($"[data-testid=holiday-row][data-date='{date}'] input[type=checkbox]").Change(false);
        }

        provider.WaitForAssertion(() => Assert.Equal("Add 0 holidays", Confirm(provider).TextContent.Trim()));
        Assert.True(Confirm(provider).HasAttribute("disabled"));
    }

    [Fact]
    public async Task A_year_outside_the_calendar_shows_the_message_and_no_list()
    {
        var (provider, dialog) = await ShowAsync(p => p.Add(d => d.Country, "DE"));

        YearInput(provider).Change("1999");
        provider.Find("[data-testid=holiday-show]").Click();

        provider.WaitForAssertion(() => Assert.Contains(
            "The year must be from 2000 to 2099; 1999 is outside the years the calendar accepts.", provider.Markup, StringComparison.Ordinal));
        Assert.Equal("true", YearInput(provider).GetAttribute("aria-invalid"));
        Assert.Contains("holiday-year-error", YearInput(provider).GetAttribute("aria-describedby") ?? "", StringComparison.Ordinal);
        Assert.Contains("1999 is outside", provider.Find("#holiday-year-error").TextContent, StringComparison.Ordinal);
        Assert.Empty(provider.FindAll("[data-testid=holiday-row]"));
        Assert.True(Confirm(provider).HasAttribute("disabled"));

        YearInput(provider).Change("2030");
        provider.WaitForAssertion(() => Assert.DoesNotContain("1999 is outside", provider.Markup, StringComparison.Ordinal));
        provider.Find("[data-testid=holiday-show]").Click();
        Assert.NotEmpty(provider.FindAll("[data-testid=holiday-row][data-date='2030-10-03']"));
        Assert.False(dialog.Result.IsCompleted);
    }

    [Fact]
    public async Task Without_a_country_show_asks_for_one()
    {
        var (provider, _) = await ShowAsync(_ => { });

        Assert.Empty(provider.FindAll("[data-testid=holiday-region]"));
        provider.Find("[data-testid=holiday-show]").Click();

        provider.WaitForAssertion(() => Assert.Contains("Choose a country.", provider.Markup, StringComparison.Ordinal));
        Assert.Empty(provider.FindAll("[data-testid=holiday-row]"));
    }

    [Fact]
    public async Task Region_select_appears_only_for_a_country_with_regions()
    {
        var (provider, _) = await ShowAsync(p => p.Add(d => d.Country, "IT"));
        Assert.Empty(provider.FindAll("[data-testid=holiday-region]"));

        var country = provider.FindComponent<MudSelect<string>>();
        await provider.InvokeAsync(() => country.Instance.SelectOption("DE"));

        provider.WaitForAssertion(() => Assert.NotEmpty(provider.FindAll("[data-testid=holiday-region]")));
        Assert.Equal("Whole country", provider.Find("[data-testid=holiday-region]").GetAttribute("value")
            ?? provider.Find("[data-testid=holiday-region] input").GetAttribute("value"));
    }

    [Fact]
    public async Task Changing_the_inputs_hides_a_list_shown_for_other_ones()
    {
        var (provider, _) = await ShowAsync(p => p.Add(d => d.Country, "DE"));
        provider.Find("[data-testid=holiday-show]").Click();
        Assert.NotEmpty(provider.FindAll("[data-testid=holiday-row]"));

        YearInput(provider).Change("2028");

        provider.WaitForAssertion(() => Assert.Empty(provider.FindAll("[data-testid=holiday-row]")));
        Assert.True(Confirm(provider).HasAttribute("disabled"));
    }

    [Fact]
    public async Task Cancel_closes_without_closures()
    {
        var (provider, dialog) = await ShowAsync(p => p.Add(d => d.Country, "DE"));
        provider.Find("[data-testid=holiday-show]").Click();

        provider.Find("[data-testid=holiday-cancel]").Click();

        Assert.True((await dialog.Result)!.Canceled);
    }

    private static AngleSharp.Dom.IElement Confirm(IRenderedComponent<MudDialogProvider> provider) => provider.Find("[data-testid=holiday-confirm]");

    /// <summary>MudBlazor puts the attributes of a numeric field on its input or on a wrapper, depending on the version.</summary>
    private static AngleSharp.Dom.IElement YearInput(IRenderedComponent<MudDialogProvider> provider) =>
        provider.Find("[data-testid=holiday-year]") is { TagName: "INPUT" } input ? input : provider.Find("[data-testid=holiday-year] input");

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> ShowAsync(
        Action<DialogParameters<HolidayImportDialog>> parameters)
    {
        var provider = Context.Render<MudDialogProvider>();
        var dialogParameters = new DialogParameters<HolidayImportDialog>();
        parameters(dialogParameters);

        IDialogReference? reference = null;
        await provider.InvokeAsync(async () => reference = await Context.Services.GetRequiredService<IDialogService>().ShowAsync<HolidayImportDialog>(
            "Import public holidays", dialogParameters, new DialogOptions { CloseOnEscapeKey = true }));
        provider.WaitForAssertion(() => Assert.NotEmpty(provider.FindAll("[data-testid=holiday-show]")));
        return (provider, reference!);
    }
}
