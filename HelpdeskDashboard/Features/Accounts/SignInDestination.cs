using System.Globalization;
using System.Security.Claims;
using System.Text;
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
            return InAscii(returnUrl!);
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

    /// <summary>
    /// The address with every character a Location header may not hold (non-ASCII, spaces) percent-encoded as UTF-8;
    /// Kestrel answers 500 to a raw "ü" in a header. What is already encoded stays as it is.
    /// </summary>
    public static string InAscii(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.All(c => c is > ' ' and < (char)0x7F))
        {
            return url;
        }

        var ascii = new StringBuilder(url.Length + 16);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.Value is > ' ' and < 0x7F)
            {
                ascii.Append((char)rune.Value);
                continue;
            }

            foreach (var b in utf8[..rune.EncodeToUtf8(utf8)])
            {
                ascii.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return ascii.ToString();
    }

    private static bool IsLoginPage(string url) =>
        url.Split('?', '#')[0].TrimEnd('/').Equals(AccountPaths.Login, StringComparison.OrdinalIgnoreCase);
}
