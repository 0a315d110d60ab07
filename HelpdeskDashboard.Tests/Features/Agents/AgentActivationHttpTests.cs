using System.Net;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Agents;
using HelpdeskDashboard.Features.Assignment;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Tests.Data;
using HelpdeskDashboard.Tests.Features.Accounts;
using HelpdeskDashboard.Tests.Features.Tickets.Support;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Tests.Features.Agents;

/// <summary>The real app: deactivation blocks sign-in and invalidates sessions; the Manager role rules IsManager.</summary>
public sealed class AgentActivationHttpTests : IAsyncLifetime
{
    private readonly HelpdeskAppFactory _app = new();

    public async ValueTask InitializeAsync() => await _app.CreateSignedInClientAsync(DemoAccounts.ManagerEmail); // starts the host

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_deactivated_agent_cannot_sign_in_and_can_again_once_activated()
    {
        var agentId = await AgentIdAsync(DemoAccounts.AgentEmail);

        var deactivated = await AsManagerAsync(admin => admin.SetActiveAsync(new SetAgentActive(agentId, false)));
        using var refused = await _app.PostLoginAsync(DemoAccounts.AgentEmail, DemoAccounts.Password);
        var activated = await AsManagerAsync(admin => admin.SetActiveAsync(new SetAgentActive(agentId, true)));
        using var allowed = await _app.PostLoginAsync(DemoAccounts.AgentEmail, DemoAccounts.Password);

        Assert.True(deactivated.Succeeded && activated.Succeeded);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode); // the form again, with the problem
        Assert.Equal("This account may not sign in (it may have been deactivated). Ask a manager to activate it.", SignInClient.LoginProblem(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
    }

    [Fact]
    public async Task Deactivation_renews_the_security_stamp_so_open_sessions_fail_revalidation_and_is_audited()
    {
        var agentId = await AgentIdAsync(DemoAccounts.AgentEmail);
        var stampBefore = await StampAsync(DemoAccounts.AgentEmail);

        await AsManagerAsync(admin => admin.SetActiveAsync(new SetAgentActive(agentId, false)));

        Assert.NotEqual(stampBefore, await StampAsync(DemoAccounts.AgentEmail));
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HelpdeskDbContext>();
        var audit = await db.AuditEntries.SingleAsync(e => e.EntityType == "Agent", TestContext.Current.CancellationToken);
        Assert.Equal(("AgentDeactivated", "manager@example.com"), (audit.Action, audit.Actor));
    }

    [Fact]
    public async Task A_manager_cannot_deactivate_themselves()
    {
        var managerId = await AgentIdAsync(DemoAccounts.ManagerEmail);
        var result = await AsManagerAsync(admin => admin.SetActiveAsync(new SetAgentActive(managerId, false)), managerAgentId: managerId);
        var unknown = await AsManagerAsync(admin => admin.SetActiveAsync(new SetAgentActive(99999, false)));

        Assert.Equal(["You cannot deactivate yourself; ask another manager."], result.Errors);
        Assert.Equal(["There is no agent #99999."], unknown.Errors);
    }

    [Fact]
    public async Task IsManager_follows_the_Manager_role_of_the_agents_sign_in()
    {
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var agent = (await users.FindByEmailAsync(DemoAccounts.AgentEmail))!;
            var manager = (await users.FindByEmailAsync(DemoAccounts.ManagerEmail))!;
            await users.AddToRoleAsync(agent, Roles.Manager);
            await users.RemoveFromRoleAsync(manager, Roles.Manager);
        }

        var list = await AsManagerAsync(admin => admin.ListAsync());

        Assert.True(list.Single(a => a.Email == DemoAccounts.AgentEmail).IsManager);
        Assert.False(list.Single(a => a.Email == DemoAccounts.ManagerEmail).IsManager);
    }

    [Fact]
    public async Task Deactivating_with_the_plan_moves_each_open_ticket_to_the_planned_agent_in_the_same_step()
    {
        var agentId = await AgentIdAsync(DemoAccounts.AgentEmail);
        var managerId = await AgentIdAsync(DemoAccounts.ManagerEmail);
        int[] tickets = [await OpenTicketAsync(agentId), await OpenTicketAsync(agentId)];
        await using var scope = await _app.ScopeSignedInAsAsync(DemoAccounts.ManagerEmail);
        var admin = scope.ServiceProvider.GetRequiredService<IAgentAdministration>();

        var plan = await admin.PlanDeactivationAsync(agentId, TestContext.Current.CancellationToken);
        var result = await admin.DeactivateAsync(new DeactivateAgent(agentId, plan!.Moves), TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        Assert.Equal([(tickets[0], managerId), (tickets[1], managerId)], plan.Moves.Select(m => (m.Ticket.TicketId, m.To.AgentId)));
        Assert.Equal((2, 0, 0), (result.Value!.Moved.Count, result.Value.Skipped.Count, result.Value.StillOpen.Count));
        await using var db = await _app.OpenDbAsync();
        Assert.Equal([managerId, managerId], await db.Tickets.Where(t => tickets.Contains(t.Id)).Select(t => t.AssigneeAgentId!.Value).ToListAsync(TestContext.Current.CancellationToken));
        Assert.False(await db.Agents.Where(a => a.Id == agentId).Select(a => a.IsActive).SingleAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_ticket_changed_after_the_plan_is_skipped_with_the_reason_and_stays_with_the_agent()
    {
        var agentId = await AgentIdAsync(DemoAccounts.AgentEmail);
        var ticket = await OpenTicketAsync(agentId);
        await using var scope = await _app.ScopeSignedInAsAsync(DemoAccounts.ManagerEmail);
        var admin = scope.ServiceProvider.GetRequiredService<IAgentAdministration>();
        var plan = await admin.PlanDeactivationAsync(agentId, TestContext.Current.CancellationToken);
        await using (var db = await _app.OpenDbAsync())
        {
            var changed = await db.Tickets.SingleAsync(t => t.Id == ticket, TestContext.Current.CancellationToken);
            changed.Subject += " (edited)";
            await db.SaveChangesAsync(TestContext.Current.CancellationToken); // raises the version
        }

        var result = await admin.DeactivateAsync(new DeactivateAgent(agentId, plan!.Moves), TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded);
        Assert.Equal([ticket], result.Value!.Skipped.Select(s => s.TicketId));
        Assert.Equal([ticket], result.Value.StillOpen.Select(t => t.TicketId));
    }

    private async Task<int> OpenTicketAsync(int assigneeId)
    {
        await using var db = await _app.OpenDbAsync();
        var customer = await db.Customers.FirstOrDefaultAsync(TestContext.Current.CancellationToken) ?? db.Customers.Add(TestEntities.Customer()).Entity;
        var ticket = TestEntities.Ticket(customer);
        ticket.AssigneeAgentId = assigneeId;
        db.Tickets.Add(ticket);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return ticket.Id;
    }

    private async Task<T> AsManagerAsync<T>(Func<IAgentAdministration, Task<T>> action, int managerAgentId = 1000)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var admin = new AgentAdministration(
            scope.ServiceProvider.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>(),
            FakeCurrentUser.Manager(managerAgentId),
            TimeProvider.System,
            scope.ServiceProvider.GetRequiredService<ManagerFlagSync>(),
            scope.ServiceProvider.GetRequiredService<IAssignmentService>(),
            scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>(),
            scope.ServiceProvider.GetRequiredService<FluentValidation.IValidator<SetAgentActive>>());
        return await action(admin);
    }

    private async Task<int> AgentIdAsync(string email)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HelpdeskDbContext>();
        return await db.Agents.Where(a => a.Email == email).Select(a => a.Id).SingleAsync(TestContext.Current.CancellationToken);
    }

    private async Task<string?> StampAsync(string email)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return await users.GetSecurityStampAsync((await users.FindByEmailAsync(email))!);
    }
}
