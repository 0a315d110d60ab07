using HelpdeskDashboard.Features.Accounts;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace HelpdeskDashboard.Hosting;

/// <summary>What every response says about itself: security headers, cookies, and errors of the API without internals.</summary>
public static class HttpHardening
{
    /// <summary>
    /// Scripts only from this site (Blazor's start-up lives in js/start-blazor.js, no inline script, no eval); inline
    /// styles are allowed because MudBlazor sets style attributes; the circuit's WebSocket is same-origin ('self').
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'; object-src 'none'";

    public static IServiceCollection AddHttpHardening(this IServiceCollection services)
    {
        services.Configure<KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);
        services.AddAntiforgery(antiforgery => antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        return services;
    }

    /// <summary>Security headers on every response (Blazor sends frame-ancestors itself only while it compresses WebSockets).</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XFrameOptions = "SAMEORIGIN";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin"; // ticket addresses stay on this site, even from a forum link
            return next(context);
        });

    /// <summary>
    /// Outside Development: HSTS and a redirect to HTTPS (when `https_port` is set or a request came over HTTPS),
    /// the error page for people, and for /api a problem+json body that names no exception.
    /// </summary>
    public static WebApplication UseProductionErrorsAndHttps(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            return app;
        }

        app.UseWhen(context => ApiRequests.IsApi(context.Request), api => api.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context =>
            {
                ApiRequests.KeepStatusCodeBare(context);
                return Results.Problem(statusCode: StatusCodes.Status500InternalServerError,
                    title: "The request failed on the server; nothing was changed by it. Try again later.").ExecuteAsync(context);
            },
        }));
        app.UseWhen(context => !ApiRequests.IsApi(context.Request), pages => pages.UseExceptionHandler("/Error", createScopeForErrors: true));
        app.UseHsts();
        app.UseHttpsRedirection();
        return app;
    }
}
