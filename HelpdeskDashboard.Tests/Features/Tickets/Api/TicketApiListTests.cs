using System.Net;
using System.Net.Http.Json;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Tests.Features.Accounts;
using HelpdeskDashboard.Tests.Infrastructure;

namespace HelpdeskDashboard.Tests.Features.Tickets.Api;

/// <summary>GET /api/tickets: the board's view as JSON, with the board's query string.</summary>
public sealed class TicketApiListTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly HelpdeskAppFactory _app = new();
    private int _ticketId;

    public async ValueTask InitializeAsync() =>
        _ticketId = await _app.AddTicketAsync(await _app.CustomerIdOfAsync(DemoAccounts.CustomerEmail), "Fan noise after update");

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task An_agent_lists_the_open_tickets_of_a_board_view()
    {
        using var agent = await _app.CreateSignedInClientAsync(DemoAccounts.AgentEmail);

        var all = await agent.GetFromJsonAsync<TicketList>(new Uri("/api/tickets?scope=all&q=fan+noise", UriKind.Relative), Ct);
        var mine = await agent.GetFromJsonAsync<TicketList>(new Uri("/api/tickets?q=fan+noise", UriKind.Relative), Ct);

        var ticket = Assert.Single(all!.Tickets);
        Assert.Equal((_ticketId, "Fan noise after update", "Open", 1), (ticket.Id, ticket.Subject, ticket.Status, all.TotalCount));
        Assert.Empty(mine!.Tickets); // the board's default scope is the agent's own tickets, and nobody has this one
    }

    [Theory]
    [InlineData("?scope=everyone", "everyone")]
    [InlineData("?page=2147483647", "2147483647")] // its first row would overflow into a negative offset
    public async Task A_query_the_board_cannot_read_is_refused_in_words(string query, string named)
    {
        using var agent = await _app.CreateSignedInClientAsync(DemoAccounts.AgentEmail);

        using var response = await agent.GetAsync(new Uri("/api/tickets" + query, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, Assert.Single((await response.Content.ReadFromJsonAsync<ApiErrors>(Ct))!.Errors), StringComparison.Ordinal);
    }
}
