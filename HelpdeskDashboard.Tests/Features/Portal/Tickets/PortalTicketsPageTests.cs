using Bunit;
using HelpdeskDashboard.Features.Portal.Tickets;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Tests.Features.Portal.Support;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Tests.Features.Portal.Tickets;

/// <summary>Anna's ticket list on the real query and hub of a <see cref="PortalTestWorld"/>.</summary>
public sealed class PortalTicketsPageTests() : BunitTestBase("Wed 2026-05-13 10:00"), IAsyncLifetime
{
    private PortalTestWorld _world = null!;
    private PortalSession _anna = null!;

    public async ValueTask InitializeAsync()
    {
        _world = await PortalTestWorld.CreateAsync();
        _anna = _world.As("Anna");
        Context.Services.AddSingleton(_anna.Tickets);
        Context.Services.AddSingleton(_world.Hub); // the hub the world's services publish on
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _anna.DisposeAsync();
        await _world.DisposeAsync();
    }

    private IRenderedComponent<PortalTicketsPage> RenderPage()
    {
        var page = Context.Render<PortalTicketsPage>();
        page.WaitForElement("[data-testid='ticket-counts']");
        return page;
    }

    private static string Counts(IRenderedComponent<PortalTicketsPage> page) => page.Find("[data-testid='ticket-counts']").TextContent;

    private async Task<int> FileAsync(string who, string subject)
    {
        var result = await _world.SubmitAsync(who, new NewInquiry { Subject = subject, Body = "Details" });
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        return result.Value;
    }

    [Fact]
    public async Task A_ticket_filed_meanwhile_appears_without_a_reload()
    {
        var page = RenderPage();
        Assert.Equal("0 open, 0 in all.", Counts(page));

        await FileAsync("Anna", "Printer offline");

        page.WaitForAssertion(() => Assert.Equal("1 open, 1 in all.", Counts(page)));
        Assert.Equal("Printer offline", page.Find("[data-testid='ticket-link']").TextContent);
    }

    [Fact]
    public async Task A_change_of_a_ticket_on_screen_reloads_the_list_and_a_change_of_another_does_not()
    {
        var mine = await FileAsync("Anna", "Printer offline");
        var theirs = await FileAsync("Ben", "Another company's");
        var page = RenderPage();
        await RenameAsync(mine, "Printer offline (renamed)"); // unannounced: shows only once the page reloads

        await _world.Hub.PublishAsync(new TicketChanged(theirs, TicketChangeKind.AgentReply));
        // A reload would be a query on the SQLite file; give one time to finish (this wait can only hide a wrong
        // reload, never fail a right page).
        await Task.Delay(TimeSpan.FromMilliseconds(300), Xunit.TestContext.Current.CancellationToken);
        Assert.Equal("Printer offline", page.Find("[data-testid='ticket-link']").TextContent);

        await _world.Hub.PublishAsync(new TicketChanged(mine, TicketChangeKind.AgentReply));
        page.WaitForAssertion(() => Assert.Equal("Printer offline (renamed)", page.Find("[data-testid='ticket-link']").TextContent));
    }

    [Fact]
    public async Task Leaving_the_page_stops_listening()
    {
        var listening = _world.Hub.SubscriberCount;
        RenderPage();
        Assert.Equal(listening + 1, _world.Hub.SubscriberCount);

        await Context.DisposeComponentsAsync();

        Assert.Equal(listening, _world.Hub.SubscriberCount);
    }

    private async Task RenameAsync(int ticketId, string subject)
    {
        await using var db = _world.Database.CreateDbContext();
        await db.Tickets.Where(t => t.Id == ticketId)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.Subject, subject), Xunit.TestContext.Current.CancellationToken);
    }
}
