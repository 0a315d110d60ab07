using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace HelpdeskDashboard.Features.Accounts;

/// <summary>Where to send someone who has just signed in.</summary>
public static class SignInDestination
{
    /// <summary>The requested page when it is on this site, otherwise the home of the user's role.</summary>
    public static async Task<string> ForAsync(ClaimsPrincipal user, string? returnUrl, IAuthorizationService authorization)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        if (IsLocalUrl(returnUrl) && !IsLoginPage(returnUrl!))
        {
            return returnUrl!;
        }

        if ((await authorization.AuthorizeAsync(user, Policies.Agent)).Succeeded)
        {
            return AccountPaths.AgentHome;
        }

        return (await authorization.AuthorizeAsync(user, Policies.Customer)).Succeeded ? AccountPaths.CustomerHome : "/";
    }

    /// <summary>
    /// A path on this site ("/board"), never an address that leaves it ("https://evil.example", "//evil.example",
    /// "/\evil.example"): a sign-in link must not be usable to send people elsewhere.
    /// </summary>
    public static bool IsLocalUrl(string? url)
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/')
        {
            return false;
        }

        if (url.Length == 1)
        {
            return true;
        }

        return url[1] is not ('/' or '\\') && !url.Any(char.IsControl);
    }

    private static bool IsLoginPage(string url) =>
        url.Split('?', '#')[0].TrimEnd('/').Equals(AccountPaths.Login, StringComparison.OrdinalIgnoreCase);
}
