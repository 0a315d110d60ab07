namespace HelpdeskDashboard.Components;

/// <summary>How circuits talk to browsers, and what that means for the app's other responses.</summary>
public static class InteractiveServerTransport
{
    /// <summary>
    /// Circuits run over uncompressed WebSockets: a tick's batch is small, and per-message deflate costs server CPU
    /// per message and a deflate state per connection (docs/board.md, "Circuit transport"). Turning it back on also
    /// brings Blazor's own frame-ancestors header, which HttpHardening.UseSecurityHeaders would then duplicate.
    /// </summary>
    public static RazorComponentsEndpointConventionBuilder AddUncompressedInteractiveServerRenderMode(
        this RazorComponentsEndpointConventionBuilder builder) =>
        builder.AddInteractiveServerRenderMode(options => options.DisableWebSocketCompression = true);
}
