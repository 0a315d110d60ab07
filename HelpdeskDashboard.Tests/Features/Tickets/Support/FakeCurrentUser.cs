using System.Security.Claims;
using HelpdeskDashboard.Features.Accounts;

namespace HelpdeskDashboard.Tests.Features.Tickets.Support;

/// <summary>A signed-in user who meets exactly the policies given.</summary>
internal sealed class FakeCurrentUser(CurrentUserInfo user, params string[] policies) : ICurrentUser
{
    public static FakeCurrentUser Agent(int agentId = 7, string name = "Demo Agent") =>
        new(new CurrentUserInfo($"user-{agentId}", "agent@example.com", name, null, agentId), Policies.Agent);

    public static FakeCurrentUser Manager(int agentId = 8) =>
        new(new CurrentUserInfo($"user-{agentId}", "manager@example.com", "Demo Manager", null, agentId), Policies.Agent, Policies.Manager);

    public static FakeCurrentUser Customer(int customerId = 3) =>
        new(new CurrentUserInfo("user-c", "customer@example.com", "Demo Customer", customerId, null), Policies.Customer);

    public CurrentUserInfo User { get; } = user;

    public Task<ClaimsPrincipal> GetPrincipalAsync() => Task.FromResult(new ClaimsPrincipal(new ClaimsIdentity("test")));

    public Task<CurrentUserInfo> GetAsync() => Task.FromResult(User);

    public Task<bool> IsAuthorizedAsync(string policy) => Task.FromResult(policies.Contains(policy));

    public async Task EnsureAuthorizedAsync(string policy)
    {
        if (!await IsAuthorizedAsync(policy))
        {
            throw ForbiddenException.ForPolicy(policy);
        }
    }

    public Task EnsureManagerAsync() => EnsureAuthorizedAsync(Policies.Manager);
}
