using Microsoft.AspNetCore.Authorization;

namespace HelpdeskDashboard.Features.Accounts;

public static class PageAuthorization
{
    /// <summary>
    /// True for a page with neither [Authorize] nor [AllowAnonymous]. The fallback policy guards such a page on
    /// HTTP requests, but AuthorizeRouteView does not apply it when a circuit navigates, so Routes does.
    /// </summary>
    public static bool NeedsDefaultSignIn(Type pageType)
    {
        ArgumentNullException.ThrowIfNull(pageType);
        var attributes = pageType.GetCustomAttributes(inherit: true);
        return !attributes.OfType<IAuthorizeData>().Any() && !attributes.OfType<IAllowAnonymous>().Any();
    }
}
