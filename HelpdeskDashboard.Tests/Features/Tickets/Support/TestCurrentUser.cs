using System.Security.Claims;
using HelpdeskDashboard.Features.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace HelpdeskDashboard.Tests.Features.Tickets.Support;

/// <summary>The signed-in user of a test scope, judged by the app's real policies.</summary>
internal sealed class TestCurrentUser(IAuthorizationService authorization) : ICurrentUser
{
    public ClaimsPrincipal Principal { get; set; } = new(new ClaimsIdentity());

    public Task<ClaimsPrincipal> GetPrincipalAsync() => Task.FromResult(Principal);

    public Task<CurrentUserInfo> GetAsync() => Task.FromResult(CurrentUserInfo.From(Principal));

    public async Task<bool> IsAuthorizedAsync(string policy) => (await authorization.AuthorizeAsync(Principal, policy)).Succeeded;

    public async Task EnsureAuthorizedAsync(string policy)
    {
        if (!await IsAuthorizedAsync(policy))
        {
            throw ForbiddenException.ForPolicy(policy);
        }
    }

    public Task EnsureManagerAsync() => EnsureAuthorizedAsync(Policies.Manager);
}

/// <summary>Principals shaped like the ones the app's claims factory issues.</summary>
internal static class TestPrincipals
{
    public static ClaimsPrincipal Nobody { get; } = new(new ClaimsIdentity());

    public static ClaimsPrincipal Agent(int agentId, string email) => Of(email, [Roles.Agent], agentId, customerId: null);

    public static ClaimsPrincipal Manager(int agentId, string email) => Of(email, [Roles.Agent, Roles.Manager], agentId, customerId: null);

    public static ClaimsPrincipal Customer(string identityUserId, string email, int customerId) =>
        Of(email, [Roles.Customer], agentId: null, customerId, identityUserId);

    private static ClaimsPrincipal Of(string email, string[] roles, int? agentId, int? customerId, string? userId = null)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, userId ?? $"user-{email}"),
            new(ClaimTypes.Name, email),
            new(ClaimTypes.Email, email),
        };
        claims.AddRange(roles.Select(role => new Claim(ClaimTypes.Role, role)));
        if (agentId is { } a)
        {
            claims.Add(new Claim(HelpdeskClaimTypes.AgentId, a.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (customerId is { } c)
        {
            claims.Add(new Claim(HelpdeskClaimTypes.CustomerId, c.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }
}
