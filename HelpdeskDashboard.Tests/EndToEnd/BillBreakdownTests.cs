using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HelpdeskDashboard.Tests.EndToEnd;

/// <summary>Issue 14, point 6: every total is shown as the lines that make it, on the portal and on the manager's statements.</summary>
[Collection(DemoBrowserCollection.Name)]
public sealed class BillBreakdownTests(DemoBrowserFixture browser)
{
    [Fact]
    public async Task The_customer_reads_what_makes_this_months_total_and_the_amounts_add_up()
    {
        await using var session = await browser.NewSessionAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 390, Height = 844 } });
        var page = session.Page;
        await page.SignInAsync(browser, DemoSignIn.Customer);
        await page.WaitForInteractiveAsync();

        var breakdown = page.GetByTestId("statement-breakdown");
        await Expect(breakdown.Locator("tr[data-line='ChangeRequests']")).ToContainTextAsync("per hour");
        await Expect(breakdown.Locator("tfoot")).ToContainTextAsync("Total this month so far");

        Assert.Equal(await SumOfLinesAsync(breakdown), Euros(await breakdown.GetByTestId("month-total").TextContentAsync()));
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1"));
    }

    [Fact]
    public async Task A_manager_opens_a_statements_breakdown_and_it_explains_that_rows_total()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await page.SignInAsync(browser, DemoSignIn.Manager, "/manager/billing");
        await page.WaitForInteractiveAsync();

        var row = page.Locator("[data-testid='statements'] tbody tr[data-customer]").First;
        var customerId = await row.GetAttributeAsync("data-customer");
        var button = row.GetByTestId("show-breakdown");
        await Expect(button).ToHaveAttributeAsync("aria-expanded", "false");
        await button.ClickAsync();

        await Expect(button).ToHaveAttributeAsync("aria-expanded", "true");
        var breakdown = page.Locator($"tr[data-breakdown-for='{customerId}'] [data-testid='statement-breakdown']");
        await Expect(breakdown).ToBeVisibleAsync();
        var rowTotal = await row.GetByTestId("statement-total").InnerTextAsync();
        Assert.StartsWith((await breakdown.GetByTestId("month-total").TextContentAsync())!.Trim(), rowTotal.Trim(), StringComparison.Ordinal);
        Assert.Equal(await SumOfLinesAsync(breakdown), Euros(await breakdown.GetByTestId("month-total").TextContentAsync()));
    }

    [Fact]
    public async Task The_usage_charts_axis_fits_the_hours_instead_of_running_to_20()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await page.SignInAsync(browser, DemoSignIn.Customer);
        await page.WaitForInteractiveAsync();
        await page.Locator(".mud-chart svg text").First.WaitForAsync();

        var ticks = (await page.Locator(".mud-chart svg text").AllTextContentsAsync())
            .Select(t => double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : (double?)null)
            .OfType<double>().ToList();
        var hours = (await page.Locator("[data-testid='usage-table'] tbody td:nth-child(3), [data-testid='usage-table'] tbody td:nth-child(4)").AllTextContentsAsync())
            .Select(Hours).ToList();

        Assert.NotEmpty(ticks);
        Assert.True(ticks.Max() <= Math.Max(1, hours.Max()) * 2, $"top tick {ticks.Max()} for at most {hours.Max()} h");
    }

    // "2 h 30 min" → 2.5
    private static double Hours(string text)
    {
        var parts = text.Trim().Split(' ');
        double total = 0;
        for (var i = 0; i + 1 < parts.Length; i += 2)
        {
            var value = double.Parse(parts[i], CultureInfo.InvariantCulture);
            total += parts[i + 1] == "h" ? value : value / 60;
        }

        return total;
    }

    private static async Task<decimal> SumOfLinesAsync(ILocator breakdown)
    {
        var amounts = await breakdown.Locator("tbody [data-testid='line-amount']").AllTextContentsAsync();
        return amounts.Where(a => a.Trim().StartsWith('€')).Sum(Euros);
    }

    private static decimal Euros(string? text) =>
        decimal.Parse(text!.Trim().TrimStart('€').Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture);
}
