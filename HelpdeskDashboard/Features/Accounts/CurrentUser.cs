using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;

namespace HelpdeskDashboard.Features.Accounts;

internal sealed class CurrentUser(
    AuthenticationStateProvider authenticationStateProvider,
    IHttpContextAccessor httpContextAccessor,
    IAuthorizationService authorizationService) : ICurrentUser
{
    private static readonly ClaimsPrincipal Nobody = new(new ClaimsIdentity());

    public async Task<ClaimsPrincipal> GetPrincipalAsync()
    {
        try
        {
            // Set in circuits and while a page renders; the circuit's HttpContext may be stale or absent.
            var state = await authenticationStateProvider.GetAuthenticationStateAsync();
            return state.User;
        }
        catch (InvalidOperationException)
        {
            // Endpoints outside Razor components never set the provider's state; their HttpContext is current.
            return httpContextAccessor.HttpContext?.User ?? Nobody;
        }
    }

    public async Task<CurrentUserInfo> GetAsync() => CurrentUserInfo.From(await GetPrincipalAsync());

    public async Task<bool> IsAuthorizedAsync(string policy)
    {
        var result = await authorizationService.AuthorizeAsync(await GetPrincipalAsync(), policy);
        return result.Succeeded;
    }

    public async Task EnsureAuthorizedAsync(string policy)
    {
        if (!await IsAuthorizedAsync(policy))
        {
            throw ForbiddenException.ForPolicy(policy);
        }
    }

    public Task EnsureManagerAsync() => EnsureAuthorizedAsync(Policies.Manager);
}
