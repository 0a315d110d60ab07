using System.Security.Claims;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Billing;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Tests.Features.Accounts;

/// <summary>Tickets and signed-in service scopes on top of the demo accounts a Development host creates.</summary>
internal static class AccountTestData
{
    public static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static async Task<HelpdeskDbContext> OpenDbAsync(this HelpdeskAppFactory app) =>
        await app.Services.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>().CreateDbContextAsync(Cancel);

    public static async Task<int> CustomerIdOfAsync(this HelpdeskAppFactory app, string customerUserEmail)
    {
        await using var db = await app.OpenDbAsync();
        return await db.CustomerUsers.Where(u => u.Email == customerUserEmail).Select(u => u.CustomerId).SingleAsync(Cancel);
    }

    public static async Task<int> AddTicketAsync(this HelpdeskAppFactory app, int customerId, string subject)
    {
        await using var db = await app.OpenDbAsync();
        var ticket = new Ticket { CustomerId = customerId, Subject = subject, Status = TicketStatus.Open };
        db.Tickets.Add(ticket);
        await db.SaveChangesAsync(Cancel);
        return ticket.Id;
    }

    public static async Task AddTimeEntryAsync(this HelpdeskAppFactory app, int ticketId, string agentEmail, int minutes)
    {
        await using var db = await app.OpenDbAsync();
        var ticket = await db.Tickets.SingleAsync(t => t.Id == ticketId, Cancel);
        var agentId = await db.Agents.Where(a => a.Email == agentEmail).Select(a => a.Id).SingleAsync(Cancel);
        db.TimeEntries.Add(new TimeEntry
        {
            TicketId = ticketId, CustomerId = ticket.CustomerId, AgentId = agentId, Minutes = minutes, WorkDate = new DateOnly(2026, 11, 2),
        });
        await db.SaveChangesAsync(Cancel);
    }

    /// <summary>
    /// A service scope acting as <paramref name="email"/> (null: nobody signed in), the way a Blazor circuit does:
    /// the principal comes from the real claims factory and reaches services through the authentication state.
    /// </summary>
    public static async Task<AsyncServiceScope> ScopeSignedInAsAsync(this HelpdeskAppFactory app, string? email)
    {
        var scope = app.Services.CreateAsyncScope();
        var principal = email is null ? new ClaimsPrincipal(new ClaimsIdentity()) : await PrincipalOfAsync(scope.ServiceProvider, email);
        ActAs(scope, principal);
        return scope;
    }

    public static void ActAs(AsyncServiceScope scope, ClaimsPrincipal principal)
    {
        var provider = (IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        provider.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
    }

    public static async Task<ClaimsPrincipal> PrincipalOfAsync(IServiceProvider services, string email)
    {
        var signInManager = services.GetRequiredService<SignInManager<ApplicationUser>>();
        var user = await signInManager.UserManager.FindByEmailAsync(email)
            ?? throw new InvalidOperationException($"No account for {email}.");
        return await signInManager.CreateUserPrincipalAsync(user);
    }
}
