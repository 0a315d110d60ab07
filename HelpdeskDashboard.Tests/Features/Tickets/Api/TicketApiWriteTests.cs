using System.Net;
using System.Net.Http.Json;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Agents;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Tests.Features.Accounts;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Tests.Features.Tickets.Api;

/// <summary>The JSON writes over real HTTP: signed in through the login form, with and without the antiforgery header.</summary>
public sealed class TicketApiWriteTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly HelpdeskAppFactory _app = new();
    private int _ticketId;

    public async ValueTask InitializeAsync() =>
        _ticketId = await _app.AddTicketAsync(await _app.CustomerIdOfAsync(DemoAccounts.CustomerEmail), "Router reboots at night");

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task An_agent_replies_and_the_ticket_is_open_at_the_version_the_answer_names()
    {
        using var agent = await SignedInWithTokenAsync(DemoAccounts.AgentEmail);
        var before = await TicketAsync(agent);
        var heard = new TaskCompletionSource<TicketChanged>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = _app.Services.GetRequiredService<TicketChangeHub>().Subscribe(change =>
        {
            heard.TrySetResult(change);
            return Task.CompletedTask;
        });

        using var response = await agent.PostAsJsonAsync(Url("replies"), new ApiReply(before.Version, "Please update to firmware 2.4."), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var version = (await response.Content.ReadFromJsonAsync<TicketVersion>(Ct))!.Version;
        var after = await TicketAsync(agent);
        Assert.Equal(("Open", version), (after.Status, after.Version));
        Assert.True(version > before.Version);
        Assert.Equal(_ticketId, (await heard.Task.WaitAsync(TimeSpan.FromSeconds(10), Ct)).TicketId); // the boards hear it
    }

    [Fact]
    public async Task A_write_without_the_antiforgery_token_is_refused_and_changes_nothing()
    {
        using var agent = await _app.CreateSignedInClientAsync(DemoAccounts.AgentEmail);
        var before = await TicketAsync(agent);

        using var response = await agent.PostAsJsonAsync(Url("replies"), new ApiReply(before.Version, "Sent from another site"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([TicketApiWrites.MissingToken], (await response.Content.ReadFromJsonAsync<ApiErrors>(Ct))!.Errors);
        Assert.Equal(before, await TicketAsync(agent));
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict_and_changes_nothing()
    {
        using var agent = await SignedInWithTokenAsync(DemoAccounts.AgentEmail);
        var before = await TicketAsync(agent);

        using var response = await agent.PutAsJsonAsync(Url("status"), new ApiStatusChange(before.Version + 5, "Open"), Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.NotEmpty((await response.Content.ReadFromJsonAsync<ApiErrors>(Ct))!.Errors);
        Assert.Equal(before, await TicketAsync(agent));
    }

    [Theory]
    [InlineData("Pending")]
    [InlineData("1")] // a number, even one that names a status
    [InlineData("Open,WaitingOnCustomer")] // flags syntax: would read as 1 | 2, which is OnHold
    [InlineData(null)]
    public async Task An_unknown_status_is_refused_with_the_statuses_there_are(string? status)
    {
        using var agent = await SignedInWithTokenAsync(DemoAccounts.AgentEmail);
        var before = await TicketAsync(agent);

        using var response = await agent.PutAsJsonAsync(Url("status"), new ApiStatusChange(before.Version, status), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await response.Content.ReadFromJsonAsync<ApiErrors>(Ct))!.Errors);
        Assert.StartsWith("status must be one of New, Open,", error, StringComparison.Ordinal);
        Assert.Equal(before, await TicketAsync(agent));
    }

    [Fact]
    public async Task A_status_change_the_workflow_refuses_answers_its_reason()
    {
        using var agent = await SignedInWithTokenAsync(DemoAccounts.AgentEmail);
        var before = await TicketAsync(agent);

        using var response = await agent.PutAsJsonAsync(Url("status"), new ApiStatusChange(before.Version, "New"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["A ticket cannot go back to New; set it to Open instead."], (await response.Content.ReadFromJsonAsync<ApiErrors>(Ct))!.Errors);
    }

    [Fact]
    public async Task A_manager_reassigns_and_the_ticket_names_the_new_assignee()
    {
        using var manager = await SignedInWithTokenAsync(DemoAccounts.ManagerEmail);
        var agentId = await AgentIdOfAsync(DemoAccounts.AgentEmail);
        var before = await TicketAsync(manager);

        using var response = await manager.PutAsJsonAsync(Url("assignee"), new ApiAssignment(before.Version, agentId, "Knows the router"), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(agentId, await AssigneeAsync());
        Assert.Equal(agentId, (await TicketAsync(manager)).AssigneeAgentId);
    }

    [Fact]
    public async Task The_agent_list_names_the_active_agents_to_assign_to()
    {
        using var agent = await _app.CreateSignedInClientAsync(DemoAccounts.AgentEmail);

        var agents = await agent.GetFromJsonAsync<List<AgentSummary>>(new Uri("/api/agents", UriKind.Relative), Ct);

        Assert.Contains(new AgentSummary(await AgentIdOfAsync(DemoAccounts.AgentEmail), "Demo Agent"), agents!);
    }

    [Fact]
    public async Task A_customer_cannot_write_as_support()
    {
        using var customer = await SignedInWithTokenAsync(DemoAccounts.CustomerEmail);
        var before = await TicketAsync(customer);

        using var response = await customer.PostAsJsonAsync(Url("replies"), new ApiReply(before.Version, "I am support now"), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(["Only the support team can do this."], (await response.Content.ReadFromJsonAsync<ApiErrors>(Ct))!.Errors);
        Assert.Equal(before, await TicketAsync(customer));
    }

    [Fact]
    public async Task Nobody_signed_in_gets_401_and_an_unknown_ticket_404()
    {
        using var anonymous = _app.CreateBrowserLikeClient();
        using var refused = await anonymous.PostAsJsonAsync(Url("replies"), new ApiReply(0, "Hello"), Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        using var agent = await SignedInWithTokenAsync(DemoAccounts.AgentEmail);
        using var missing = await agent.PostAsJsonAsync(new Uri("/api/tickets/999999/replies", UriKind.Relative), new ApiReply(0, "Hello"), Ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    // Refused while the body is read, before the antiforgery filter: a parsing test, not CSRF coverage.
    [Theory]
    [InlineData("{\"expectedVersion\": \"three\"")]
    [InlineData("null")]
    public async Task A_body_that_is_not_a_reply_is_a_400_and_changes_nothing(string json)
    {
        using var agent = await SignedInWithTokenAsync(DemoAccounts.AgentEmail);
        var before = await TicketAsync(agent);
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");

        using var response = await agent.PostAsync(Url("replies"), content, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await TicketAsync(agent));
    }

    private async Task<int> AgentIdOfAsync(string email)
    {
        await using var db = await _app.OpenDbAsync();
        return await db.Agents.Where(a => a.Email == email).Select(a => a.Id).SingleAsync(Ct);
    }

    private async Task<int?> AssigneeAsync()
    {
        await using var db = await _app.OpenDbAsync();
        return await db.Tickets.Where(t => t.Id == _ticketId).Select(t => t.AssigneeAgentId).SingleAsync(Ct);
    }

    private Uri Url(string write) => new($"/api/tickets/{_ticketId}/{write}", UriKind.Relative);

    private async Task<TicketSummary> TicketAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<TicketSummary>(new Uri($"/api/tickets/{_ticketId}", UriKind.Relative), Ct))!;

    private async Task<HttpClient> SignedInWithTokenAsync(string email)
    {
        var client = await _app.CreateSignedInClientAsync(email);
        var token = (await client.GetFromJsonAsync<AntiforgeryToken>(new Uri("/api/antiforgery", UriKind.Relative), Ct))!;
        client.DefaultRequestHeaders.Add(token.Header, token.Token);
        return client;
    }
}
