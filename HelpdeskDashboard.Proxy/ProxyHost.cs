using Microsoft.AspNetCore.HttpOverrides;

namespace HelpdeskDashboard.Proxy;

/// <summary>
/// One address in front of several app instances, with sticky sessions: a Blazor circuit lives in one process, so a
/// browser must keep reaching the instance it started on (docs/scale-out.md). Everything else is YARP configuration in
/// appsettings.json. A class rather than top-level statements: the tests reference this project next to the app, whose
/// top-level <c>Program</c> would clash, and they start the proxy with their own configuration through <see cref="Build"/>.
/// </summary>
public static class ProxyHost
{
    /// <summary>The proxy, configured and validated, not yet started. <paramref name="configure"/> runs before the
    /// configuration is read (tests replace it); bad configuration throws <see cref="ProxyConfigurationException"/>.</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);

        var section = builder.Configuration.GetSection(ProxySettings.SectionName);
        ProxySettings.ThrowIfInvalid(section);

        // WebSockets (Blazor's SignalR transport) pass through YARP as they are; nothing here may turn them off, and the
        // route has no request timeout. The one idle limit is the cluster's HttpRequest:ActivityTimeout (YARP's default
        // 100 s, written out in appsettings.json): SignalR pings both ways every 15 s, so a live circuit never reaches it.
        builder.Services.AddReverseProxy().LoadFromConfig(section);

        var app = builder.Build();

        // A TLS terminator on this machine in front of the proxy tells it the client's address and scheme; YARP's
        // default X-Forwarded-* transforms then pass those on to the app (which trusts only a loopback proxy too).
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto });
        app.MapReverseProxy();
        return app;
    }

    public static async Task<int> Main(string[] args)
    {
        WebApplication app;
        try
        {
            app = Build(args);
        }
        catch (ProxyConfigurationException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            return 1;
        }

        await app.RunAsync();
        return 0;
    }
}
