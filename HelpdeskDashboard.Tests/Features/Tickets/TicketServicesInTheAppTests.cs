using HelpdeskDashboard.Features.Tickets.Board;
using HelpdeskDashboard.Features.Tickets.Details;
using HelpdeskDashboard.Features.Tickets.Workflow;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Tests.Features.Accounts;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Tests.Features.Tickets;

/// <summary>The ticket services as the started app registers them, acting for the demo sign-ins.</summary>
public sealed class TicketServicesInTheAppTests : IAsyncLifetime
{
    private readonly HelpdeskAppFactory _app = new() { SeedDemoData = true };

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Demo_agent_gets_the_first_page_of_the_seeded_board_and_the_details_of_its_top_ticket()
    {
        await using var scope = await _app.ScopeSignedInAsAsync(DemoAccounts.AgentEmail);
        var board = scope.ServiceProvider.GetRequiredService<IBoardQuery>();
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<ITicketWorkflow>());

        var page = await board.GetPageAsync(new BoardFilter(), 0, 50, TestContext.Current.CancellationToken);
        var details = await scope.ServiceProvider.GetRequiredService<ITicketDetailsQuery>().GetAsync(page.Rows[0].TicketId, TestContext.Current.CancellationToken);

        Assert.Equal(50, page.Rows.Count);
        Assert.True(page.TotalCount > 100, $"{page.TotalCount} open tickets");
        Assert.True(page.Counters.Breached > 0, "the demo has breached tickets");
        Assert.Equal(page.Rows[0].Subject, details?.Subject);
    }

    [Fact]
    public async Task Demo_customer_gets_an_empty_board()
    {
        await using var scope = await _app.ScopeSignedInAsAsync(DemoAccounts.CustomerEmail);

        var page = await scope.ServiceProvider.GetRequiredService<IBoardQuery>().GetPageAsync(new BoardFilter(), 0, 50, TestContext.Current.CancellationToken);

        Assert.Empty(page.Rows);
    }
}
