using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace HelpdeskDashboard.Features.Accounts;

public static class AccountEndpoints
{
    /// <summary>
    /// POST /Account/Logout (form post with antiforgery token), then back to the login page. The login page
    /// itself is a statically rendered component (<see cref="Login"/>) because signing in must set a cookie.
    /// </summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(AccountPaths.Logout, LogoutAsync).AllowAnonymous();
        // For the JSON writes: the token to send in the RequestVerificationToken header (its cookie is set with it).
        endpoints.MapGet($"{ApiRequests.PathPrefix}/antiforgery", (HttpContext context, IAntiforgery antiforgery) =>
            TypedResults.Ok(new AntiforgeryToken(antiforgery.GetAndStoreTokens(context).RequestToken!, AntiforgeryToken.HeaderName)))
            .RequireAuthorization().WithBareStatusCodes();
        return endpoints;
    }

    /// <summary>
    /// The fallback policy would also lock the Blazor hub and framework scripts, so that public pages could never
    /// become interactive. Only component pages carry <see cref="ComponentTypeMetadata"/>; they keep their own
    /// [Authorize]/[AllowAnonymous], everything else the components endpoint maps is opened.
    /// </summary>
    public static RazorComponentsEndpointConventionBuilder AllowAnonymousFrameworkEndpoints(this RazorComponentsEndpointConventionBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Add(endpoint =>
        {
            if (!endpoint.Metadata.OfType<ComponentTypeMetadata>().Any())
            {
                endpoint.Metadata.Add(new AllowAnonymousAttribute());
            }
        });
        return builder;
    }

    // [FromForm] makes the endpoint require and validate the antiforgery token.
    private static async Task<IResult> LogoutAsync(
        HttpContext context, SignInManager<ApplicationUser> signInManager, [FromForm] string? returnUrl)
    {
        // A new security stamp ends the session server-side: a copy of the cookie taken before this post fails the
        // stamp check on its next request (validated on every request) and open circuits at their next revalidation.
        if (await signInManager.UserManager.GetUserAsync(context.User) is { } user)
        {
            await signInManager.UserManager.UpdateSecurityStampAsync(user);
        }

        await signInManager.SignOutAsync();
        var target = SignInDestination.IsLocalUrl(returnUrl) ? AccountPaths.LoginReturningTo(returnUrl!) : AccountPaths.Login;
        return TypedResults.LocalRedirect(target);
    }
}

/// <summary>GET /api/antiforgery: {"token":"…","header":"RequestVerificationToken"}.</summary>
public sealed record AntiforgeryToken(string Token, string Header)
{
    /// <summary>The default header name of ASP.NET Core's antiforgery, which the app keeps.</summary>
    public const string HeaderName = "RequestVerificationToken";
}
