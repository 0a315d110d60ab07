using System.Net;
using System.Net.WebSockets;
using System.Text;
using HelpdeskDashboard.Proxy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HelpdeskDashboard.Tests.Proxy;

/// <summary>
/// The proxy with its shipped appsettings.json, pointed at two small Kestrel backends ("a" and "b") on free loopback
/// ports. Each backend answers GET with its name, /headers with what it received, /healthz with 200, and echoes
/// WebSocket messages prefixed with its name.
/// </summary>
internal sealed class ProxyRig : IAsyncDisposable
{
    public const string AffinityCookie = ".Helpdesk.Instance";

    private readonly Dictionary<string, WebApplication> _backends;
    private readonly WebApplication _proxy;

    private ProxyRig(Dictionary<string, WebApplication> backends, WebApplication proxy)
    {
        _backends = backends;
        _proxy = proxy;
        Address = new Uri(proxy.Urls.Single());
    }

    public Uri Address { get; }

    public static async Task<ProxyRig> StartAsync(CancellationToken cancellationToken)
    {
        var backends = new Dictionary<string, WebApplication>
        {
            ["a"] = await StartBackendAsync("a", cancellationToken),
            ["b"] = await StartBackendAsync("b", cancellationToken),
        };
        var proxy = BuildProxy(ShippedSettings, new Dictionary<string, string?>
        {
            ["ReverseProxy:Clusters:helpdesk:Destinations:instance1:Address"] = backends["a"].Urls.Single(),
            ["ReverseProxy:Clusters:helpdesk:Destinations:instance2:Address"] = backends["b"].Urls.Single(),
        });
        await proxy.StartAsync(cancellationToken);
        return new ProxyRig(backends, proxy);
    }

    /// <summary>A browser stand-in: its own cookie jar, like a separate browser.</summary>
    public HttpClient NewClient(CookieContainer? cookies = null) =>
        new(new SocketsHttpHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = Address };

    public Task StopBackendAsync(string name, CancellationToken cancellationToken) => _backends[name].StopAsync(cancellationToken);

    /// <summary>The proxy built from <paramref name="jsonFile"/> (if any) and <paramref name="settings"/> only, on a free port.</summary>
    public static WebApplication BuildProxy(string? jsonFile, IDictionary<string, string?> settings) =>
        ProxyHost.Build([], builder =>
        {
            builder.Configuration.Sources.Clear();
            if (jsonFile is not null)
            {
                builder.Configuration.AddJsonFile(jsonFile, optional: false);
            }
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["urls"] = "http://127.0.0.1:0" });
            builder.Logging.ClearProviders();
            // The affinity cookie is encrypted; keys in memory keep the tests from writing a key ring to the home folder.
            builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        });

    /// <summary>HelpdeskDashboard.Proxy/appsettings.json in the repository (it is not copied to bin/).</summary>
    public static string ShippedSettings { get; } = FindShippedSettings();

    private static string FindShippedSettings()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, "HelpdeskDashboard.Proxy", "appsettings.json");
            if (File.Exists(path))
            {
                return path;
            }
        }
        throw new InvalidOperationException("HelpdeskDashboard.Proxy/appsettings.json not found above " + AppContext.BaseDirectory);
    }

    private static async Task<WebApplication> StartBackendAsync(string name, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.UseWebSockets();
        app.MapGet("/healthz", () => "Healthy");
        app.MapGet("/headers", (HttpRequest request) => string.Join('\n',
            $"Host: {request.Host}",
            $"X-Forwarded-For: {request.Headers["X-Forwarded-For"]}",
            $"X-Forwarded-Proto: {request.Headers["X-Forwarded-Proto"]}",
            $"X-Forwarded-Host: {request.Headers["X-Forwarded-Host"]}"));
        app.Map("/echo", async context =>
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            var buffer = new byte[1024];
            while (true)
            {
                var received = await socket.ReceiveAsync(buffer, context.RequestAborted);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, context.RequestAborted);
                    return;
                }
                var reply = Encoding.UTF8.GetBytes($"{name}:{Encoding.UTF8.GetString(buffer, 0, received.Count)}");
                await socket.SendAsync(reply, WebSocketMessageType.Text, endOfMessage: true, context.RequestAborted);
            }
        });
        app.MapGet("/{**path}", () => name);
        await app.StartAsync(cancellationToken);
        return app;
    }

    public async ValueTask DisposeAsync()
    {
        await _proxy.DisposeAsync();
        foreach (var backend in _backends.Values)
        {
            await backend.DisposeAsync();
        }
    }
}
