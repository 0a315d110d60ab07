using System.Security.Claims;

namespace HelpdeskDashboard.Features.Accounts;

/// <summary>
/// The signed-in user for services: the same answer inside a Blazor circuit and in an HTTP endpoint.
/// Scoped, and never cached, because a circuit outlives a sign-out.
/// </summary>
public interface ICurrentUser
{
    Task<ClaimsPrincipal> GetPrincipalAsync();

    Task<CurrentUserInfo> GetAsync();

    /// <summary>Evaluates one of the <see cref="Policies"/> for the current user.</summary>
    Task<bool> IsAuthorizedAsync(string policy);

    /// <summary>Throws <see cref="ForbiddenException"/> unless the current user meets <paramref name="policy"/>.</summary>
    Task EnsureAuthorizedAsync(string policy);

    /// <summary>For manager-only actions; an agent gets a <see cref="ForbiddenException"/>.</summary>
    Task EnsureManagerAsync();
}
