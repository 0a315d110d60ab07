using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Tests.Infrastructure;

namespace HelpdeskDashboard.Tests.Components;

public sealed class InteractiveServerTransportTests(HelpdeskAppFactory app) : IClassFixture<HelpdeskAppFactory>
{
    private const string SpinLimit = "System.Threading.ThreadPool.UnfairSemaphoreSpinLimit";

    // Pages, the re-executed 404 page, a static file and the health check: the last two carry no antiforgery token,
    // whose own X-Frame-Options would otherwise hide a missing header.
    [Theory]
    [InlineData("/board", true, HttpStatusCode.OK)]
    [InlineData(AccountPaths.Login, false, HttpStatusCode.OK)]
    [InlineData("/no-such-page", true, HttpStatusCode.NotFound)]
    [InlineData("/app.css", false, HttpStatusCode.OK)]
    [InlineData("/healthz", false, HttpStatusCode.OK)]
    public async Task Other_sites_may_not_frame_any_response(string path, bool signedIn, HttpStatusCode status)
    {
        using var client = signedIn ? await app.CreateSignedInClientAsync(DemoAccounts.AgentEmail) : app.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(status, response.StatusCode);
        Assert.Contains("frame-ancestors 'self'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal("SAMEORIGIN", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task Circuit_websocket_stays_uncompressed_when_the_browser_offers_deflate()
    {
        await using var server = new HelpdeskAppFactory();
        var address = server.StartServerOnFreePort();
        using var socket = new ClientWebSocket();
        socket.Options.DangerousDeflateOptions = new WebSocketDeflateOptions(); // what browsers offer
        socket.Options.CollectHttpResponseDetails = true;

        await socket.ConnectAsync(new UriBuilder(address) { Scheme = "ws", Path = "/_blazor" }.Uri, TestContext.Current.CancellationToken);

        Assert.Equal(WebSocketState.Open, socket.State);
        Assert.Equal(HttpStatusCode.SwitchingProtocols, socket.HttpStatusCode);
        Assert.False(socket.HttpResponseHeaders!.ContainsKey("Sec-WebSocket-Extensions"),
            "the server accepted per-message deflate for the circuit's WebSocket");
    }

    [Fact]
    public void Thread_pool_workers_block_without_spinning_in_the_app_and_in_the_test_host_that_runs_it()
    {
        var appConfig = Path.Combine(AppContext.BaseDirectory, "HelpdeskDashboard.runtimeconfig.json");
        using var document = JsonDocument.Parse(File.ReadAllText(appConfig));
        var appSetting = document.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").GetProperty(SpinLimit);

        Assert.Equal("0", appSetting.ToString());
        Assert.Equal("0", Convert.ToString(AppContext.GetData(SpinLimit), System.Globalization.CultureInfo.InvariantCulture));
    }
}
