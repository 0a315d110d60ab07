using System.Security.Claims;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Billing;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Tests.Features.Accounts;

/// <summary>The query gate and the manager check, as services see them inside a circuit.</summary>
public sealed class ScopedQueriesTests : IAsyncLifetime
{
    private readonly HelpdeskAppFactory _app = new();
    private int _goldCustomerId;
    private int _basicCustomerId;
    private int _goldTicketId;
    private int _basicTicketId;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _goldCustomerId = await _app.CustomerIdOfAsync(DemoAccounts.CustomerEmail);
        _basicCustomerId = await _app.CustomerIdOfAsync(DemoAccounts.BasicCustomerEmail);
        _goldTicketId = await _app.AddTicketAsync(_goldCustomerId, "Gold one");
        await _app.AddTicketAsync(_goldCustomerId, "Gold two");
        _basicTicketId = await _app.AddTicketAsync(_basicCustomerId, "Basic one");
        await _app.AddTimeEntryAsync(_goldTicketId, DemoAccounts.AgentEmail, 30);
        await _app.AddTimeEntryAsync(_basicTicketId, DemoAccounts.AgentEmail, 45);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Customer_sees_only_its_own_tickets_time_and_company()
    {
        await using var scope = await _app.ScopeSignedInAsAsync(DemoAccounts.CustomerEmail);
        var (tickets, minutes, customers) = await ReadEverythingAsync(scope);

        Assert.Equal(["Gold one", "Gold two"], tickets);
        Assert.Equal([30], minutes);
        Assert.Equal([_goldCustomerId], customers);
    }

    [Fact]
    public async Task Agent_sees_every_customers_data()
    {
        await using var scope = await _app.ScopeSignedInAsAsync(DemoAccounts.AgentEmail);
        var (tickets, minutes, customers) = await ReadEverythingAsync(scope);

        Assert.Equal(["Basic one", "Gold one", "Gold two"], tickets);
        Assert.Equal([30, 45], minutes);
        Assert.Equal([_goldCustomerId, _basicCustomerId], customers.Order());
    }

    [Fact]
    public async Task Nobody_signed_in_sees_nothing()
    {
        await using var scope = await _app.ScopeSignedInAsAsync(email: null);
        var (tickets, minutes, customers) = await ReadEverythingAsync(scope);

        Assert.Empty(tickets);
        Assert.Empty(minutes);
        Assert.Empty(customers);
    }

    [Fact]
    public async Task Customer_role_without_a_customer_link_sees_nothing()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, "x"), new Claim(ClaimTypes.Role, Roles.Customer)], "test"));
        AccountTestData.ActAs(scope, principal);

        var (tickets, _, customers) = await ReadEverythingAsync(scope);

        Assert.Empty(tickets);
        Assert.Empty(customers);
    }

    [Fact]
    public async Task Customer_finding_another_customers_ticket_by_id_gets_null()
    {
        await using var scope = await _app.ScopeSignedInAsAsync(DemoAccounts.BasicCustomerEmail);
        var queries = scope.ServiceProvider.GetRequiredService<ScopedQueries>();

        await using var db = await _app.OpenDbAsync();
        Assert.Null(await queries.FindTicketAsync(db, _goldTicketId, Cancel));
        Assert.Equal("Basic one", (await queries.FindTicketAsync(db, _basicTicketId, Cancel))?.Subject);
    }

    [Fact]
    public async Task Agent_finds_any_ticket_by_id_and_can_change_it_through_its_own_context()
    {
        await using var scope = await _app.ScopeSignedInAsAsync(DemoAccounts.AgentEmail);
        var queries = scope.ServiceProvider.GetRequiredService<ScopedQueries>();
        await using (var db = await _app.OpenDbAsync())
        {
            var ticket = await queries.FindTicketAsync(db, _goldTicketId, Cancel);
            Assert.NotNull(ticket);
            ticket.Subject = "Gold one, renamed";
            await db.SaveChangesAsync(Cancel);
        }

        await using var fresh = await _app.OpenDbAsync();
        Assert.Equal("Gold one, renamed", (await queries.FindTicketAsync(fresh, _goldTicketId, Cancel))?.Subject);
    }

    public static TheoryData<string, string?, bool> ManagerChecks => new()
    {
        { "manager may", DemoAccounts.ManagerEmail, true },
        { "agent may not", DemoAccounts.AgentEmail, false },
        { "customer may not", DemoAccounts.CustomerEmail, false },
        { "nobody signed in may not", null, false },
    };

    [Theory]
    [MemberData(nameof(ManagerChecks))]
    public async Task Only_a_manager_passes_EnsureManager(string label, string? email, bool allowed)
    {
        _ = label;
        await using var scope = await _app.ScopeSignedInAsAsync(email);
        var currentUser = scope.ServiceProvider.GetRequiredService<ICurrentUser>();

        var error = await Record.ExceptionAsync(currentUser.EnsureManagerAsync);

        if (allowed)
        {
            Assert.Null(error);
        }
        else
        {
            var forbidden = Assert.IsType<ForbiddenException>(error);
            Assert.IsAssignableFrom<UnauthorizedAccessException>(forbidden);
            Assert.Equal(Policies.Manager, forbidden.Policy);
        }
    }

    [Fact]
    public async Task Current_user_reads_name_customer_and_agent_from_the_sign_in_claims()
    {
        await using var customerScope = await _app.ScopeSignedInAsAsync(DemoAccounts.CustomerEmail);
        await using var agentScope = await _app.ScopeSignedInAsAsync(DemoAccounts.AgentEmail);

        var customer = await customerScope.ServiceProvider.GetRequiredService<ICurrentUser>().GetAsync();
        var agent = await agentScope.ServiceProvider.GetRequiredService<ICurrentUser>().GetAsync();

        Assert.Equal(("Demo Customer", DemoAccounts.CustomerEmail, _goldCustomerId, (int?)null), (customer.DisplayName, customer.Email, customer.CustomerId, customer.AgentId));
        Assert.Equal(("Demo Agent", (int?)null), (agent.DisplayName, agent.CustomerId));
        Assert.NotNull(agent.AgentId);
    }

    private static async Task<(List<string> Tickets, List<int> Minutes, List<int> Customers)> ReadEverythingAsync(AsyncServiceScope scope)
    {
        var queries = scope.ServiceProvider.GetRequiredService<ScopedQueries>();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<HelpdeskDashboard.Data.HelpdeskDbContext>>().CreateDbContextAsync(Cancel);
        var tickets = await (await queries.TicketsAsync(db)).Select(t => t.Subject).OrderBy(s => s).ToListAsync(Cancel);
        var minutes = await (await queries.TimeEntriesAsync(db)).Select(e => e.Minutes).OrderBy(m => m).ToListAsync(Cancel);
        var customers = await (await queries.CustomersAsync(db)).Select(c => c.Id).ToListAsync(Cancel);
        return (tickets, minutes, customers);
    }
}
