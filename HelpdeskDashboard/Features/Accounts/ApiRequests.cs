using Microsoft.AspNetCore.Diagnostics;

namespace HelpdeskDashboard.Features.Accounts;

/// <summary>JSON endpoints under /api answer with bare status codes, never a redirect or an HTML error page.</summary>
public static class ApiRequests
{
    public const string PathPrefix = "/api";

    public static bool IsApi(HttpRequest request) =>
        request?.Path.StartsWithSegments(PathPrefix, StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>Stops the status-code-pages middleware from replacing the API's empty 401/403/404 with the HTML page.</summary>
    public static void KeepStatusCodeBare(HttpContext context)
    {
        if (context?.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
        {
            statusCodePages.Enabled = false;
        }
    }

    /// <summary>Adds <see cref="KeepStatusCodeBare"/> to every endpoint of <paramref name="builder"/>.</summary>
    public static TBuilder WithBareStatusCodes<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            KeepStatusCodeBare(context.HttpContext);
            return await next(context);
        });
}
