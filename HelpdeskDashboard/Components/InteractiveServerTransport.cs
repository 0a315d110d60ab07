namespace HelpdeskDashboard.Components;

/// <summary>How circuits talk to browsers, and what that means for the app's other responses.</summary>
public static class InteractiveServerTransport
{
    /// <summary>
    /// Circuits run over uncompressed WebSockets: a tick's batch is small, and per-message deflate costs server CPU
    /// per message and a deflate state per connection (docs/board.md, "Circuit transport"). Turning it back on also
    /// brings Blazor's own frame-ancestors header, which the middleware below would then duplicate.
    /// </summary>
    public static RazorComponentsEndpointConventionBuilder AddUncompressedInteractiveServerRenderMode(
        this RazorComponentsEndpointConventionBuilder builder) =>
        builder.AddInteractiveServerRenderMode(options => options.DisableWebSocketCompression = true);

    /// <summary>
    /// No other site may frame the app (clickjacking). Blazor sends frame-ancestors 'self' by itself only while it
    /// compresses WebSockets, so the app sends it on every response.
    /// </summary>
    public static IApplicationBuilder UseSameOriginFramingOnly(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.Headers.ContentSecurityPolicy = "frame-ancestors 'self'";
            context.Response.Headers.XFrameOptions = "SAMEORIGIN";
            return next(context);
        });
}
