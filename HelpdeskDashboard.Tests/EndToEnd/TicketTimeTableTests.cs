using HelpdeskDashboard.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HelpdeskDashboard.Tests.EndToEnd;

/// <summary>
/// Issue 14, point 5: the ticket page's time table was squeezed into four-line dates in the side column and hid the
/// managers' Actions past the card's edge. In the side column each entry is now a card.
/// </summary>
[Collection(DemoBrowserCollection.Name)]
public sealed class TicketTimeTableTests(DemoBrowserFixture browser) : IAsyncLifetime
{
    private BrowserSession _session = null!;

    public async ValueTask InitializeAsync() => _session = await browser.NewSessionAsync(new BrowserNewContextOptions
    {
        ViewportSize = new ViewportSize { Width = PageVisit.DesktopWidth, Height = 900 },
    });

    public ValueTask DisposeAsync() => _session.DisposeAsync();

    [Fact]
    public async Task A_manager_sees_each_entrys_date_on_one_line_and_its_actions_inside_the_card()
    {
        var ticketId = await TicketWithTimeAsync();
        var page = _session.Page;
        await page.SignInAsync(browser, DemoSignIn.Manager, $"/tickets/{ticketId}");
        await page.WaitForInteractiveAsync();
        var table = page.GetByTestId("time-entries");
        await Expect(table.Locator("[data-testid=edit-time]").First).ToBeVisibleAsync(new() { Timeout = 10_000 });

        var layout = await table.EvaluateAsync<double[]>("""
            t => {
              const card = t.closest('.mud-paper').getBoundingClientRect();
              const buttons = [...t.querySelectorAll('[data-testid=edit-time], [data-testid=delete-time]')].map(b => b.getBoundingClientRect().right);
              const dates = [...t.querySelectorAll('.time-entries__date')].map(d => d.getClientRects().length > 0 ? d.getBoundingClientRect().height / parseFloat(getComputedStyle(d).lineHeight || '20') : 0);
              return [card.right, Math.max(...buttons), Math.max(...dates)];
            }
            """);

        Assert.True(layout[1] <= layout[0], $"an action button ends at {layout[1]} px, past the card's edge at {layout[0]} px");
        Assert.True(layout[2] < 2, $"a date takes {layout[2]:0.0} lines");
    }

    private async Task<int> TicketWithTimeAsync()
    {
        var factory = browser.App.Services.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>();
        await using var db = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.TimeEntries.OrderBy(e => e.TicketId).Select(e => e.TicketId).FirstAsync(TestContext.Current.CancellationToken);
    }
}
