using System.Net;
using System.Net.WebSockets;
using System.Text;

namespace HelpdeskDashboard.Tests.Proxy;

/// <summary>The proxy in front of two instances: a browser stays on the instance it started on (docs/scale-out.md).</summary>
public sealed class StickySessionTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_first_request_without_the_affinity_cookie_gets_one_that_scripts_cannot_read()
    {
        await using var rig = await ProxyRig.StartAsync(Cancel);
        using var client = rig.NewClient();

        using var response = await client.GetAsync("/", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(ProxyRig.AffinityCookie + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase); // plain http here: Secure follows the request
    }

    [Fact]
    public async Task Requests_carrying_the_affinity_cookie_always_reach_the_same_instance()
    {
        await using var rig = await ProxyRig.StartAsync(Cancel);
        using var client = rig.NewClient();
        var first = await client.GetStringAsync("/", Cancel);

        var later = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            later.Add(await client.GetStringAsync($"/page/{i}", Cancel));
        }

        Assert.All(later, instance => Assert.Equal(first, instance));
    }

    [Fact]
    public async Task Two_browsers_without_the_cookie_are_spread_over_both_instances()
    {
        await using var rig = await ProxyRig.StartAsync(Cancel);
        using var one = rig.NewClient();
        using var two = rig.NewClient();

        var instances = new[] { await one.GetStringAsync("/", Cancel), await two.GetStringAsync("/", Cancel) };

        Assert.Equal(["a", "b"], instances.Order());
    }

    [Fact]
    public async Task A_WebSocket_through_the_proxy_reaches_the_pinned_instance_and_echoes()
    {
        await using var rig = await ProxyRig.StartAsync(Cancel);
        var cookies = new CookieContainer();
        using var client = rig.NewClient(cookies);
        var pinned = await client.GetStringAsync("/", Cancel);

        using var socket = new ClientWebSocket();
        socket.Options.Cookies = cookies;
        await socket.ConnectAsync(new Uri($"ws://{rig.Address.Authority}/echo"), Cancel);
        await socket.SendAsync(Encoding.UTF8.GetBytes("ping"), WebSocketMessageType.Text, endOfMessage: true, Cancel);
        var buffer = new byte[64];
        var received = await socket.ReceiveAsync(buffer, Cancel);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, Cancel);

        Assert.Equal($"{pinned}:ping", Encoding.UTF8.GetString(buffer, 0, received.Count));
    }

    [Fact]
    public async Task When_the_pinned_instance_stops_the_browser_is_moved_to_the_other_and_stays_there()
    {
        await using var rig = await ProxyRig.StartAsync(Cancel);
        using var client = rig.NewClient();
        var pinned = await client.GetStringAsync("/", Cancel);
        var other = pinned == "a" ? "b" : "a";

        await rig.StopBackendAsync(pinned, Cancel);

        // The proxy does not replay a request; each one that still goes to the stopped instance fails with 502 and counts
        // towards its passive health check (YARP: 30 % failures of at least 10 requests), which takes the instance out;
        // the cookie's target is then unavailable and Redistribute picks the other one. A bounded number of requests,
        // no waiting: the active probe (every 10 s) may only make it sooner.
        var answers = new List<string>();
        for (var attempt = 0; attempt < 50 && answers.LastOrDefault() != other; attempt++)
        {
            using var response = await client.GetAsync("/", Cancel);
            answers.Add(response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsStringAsync(Cancel) : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal(other, answers.Last());
        Assert.All(answers.SkipLast(1), answer => Assert.Equal("502", answer));
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(other, await client.GetStringAsync("/", Cancel)); // the rewritten cookie pins the new instance
        }
    }

    [Fact]
    public async Task The_app_sees_the_browsers_host_and_the_forwarded_client_address_and_scheme()
    {
        await using var rig = await ProxyRig.StartAsync(Cancel);
        using var client = rig.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/headers");
        request.Headers.Host = "helpdesk.example.com";
        // As a TLS terminator on the same machine in front of the proxy would say it.
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        using var response = await client.SendAsync(request, Cancel);
        var seen = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Contains("Host: helpdesk.example.com", seen, StringComparison.Ordinal);
        Assert.Contains("X-Forwarded-For: 203.0.113.7", seen, StringComparison.Ordinal);
        Assert.Contains("X-Forwarded-Proto: https", seen, StringComparison.Ordinal);
        Assert.Contains("X-Forwarded-Host: helpdesk.example.com", seen, StringComparison.Ordinal);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase); // the browser's request came over https
    }
}
