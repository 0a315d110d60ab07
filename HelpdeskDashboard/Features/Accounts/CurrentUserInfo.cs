using System.Globalization;
using System.Security.Claims;

namespace HelpdeskDashboard.Features.Accounts;

/// <summary>Who is signed in, read from the claims; roles are judged by policies, not here.</summary>
public sealed record CurrentUserInfo(string? UserId, string? Email, string DisplayName, int? CustomerId, int? AgentId)
{
    public static CurrentUserInfo Anonymous { get; } = new(null, null, "", null, null);

    public bool IsAuthenticated => UserId is not null;

    public static CurrentUserInfo From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true)
        {
            return Anonymous;
        }

        var email = principal.FindFirst(ClaimTypes.Email)?.Value ?? principal.Identity.Name;
        var displayName = principal.FindFirst(HelpdeskClaimTypes.DisplayName)?.Value;
        return new CurrentUserInfo(
            principal.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? "",
            email,
            string.IsNullOrWhiteSpace(displayName) ? email ?? "" : displayName,
            ParseId(principal.FindFirst(HelpdeskClaimTypes.CustomerId)?.Value),
            ParseId(principal.FindFirst(HelpdeskClaimTypes.AgentId)?.Value));
    }

    /// <summary>A positive database id, or null for anything else (a missing or tampered claim grants nothing).</summary>
    internal static int? ParseId(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
}
