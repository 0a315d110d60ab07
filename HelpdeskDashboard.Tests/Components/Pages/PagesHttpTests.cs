using System.Net;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Tests.Infrastructure;

namespace HelpdeskDashboard.Tests.Components.Pages;

public sealed class PagesHttpTests(HelpdeskAppFactory app) : IClassFixture<HelpdeskAppFactory>
{
    private async Task<(HttpStatusCode Status, string Html)> GetAsync(string path)
    {
        using var client = app.CreateClient();
        return await GetAsync(client, path);
    }

    private async Task<(HttpStatusCode Status, string Html)> GetAsAgentAsync(string path)
    {
        using var client = await app.CreateSignedInClientAsync(DemoAccounts.AgentEmail);
        return await GetAsync(client, path);
    }

    private static async Task<(HttpStatusCode Status, string Html)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }

    /// <summary>Where an anonymous visitor is sent, without following the redirect.</summary>
    private async Task<(HttpStatusCode Status, string? Target)> GetAnonymouslyAsync(string path)
    {
        using var client = app.CreateBrowserLikeClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        return (response.StatusCode, response.RedirectTarget());
    }

    [Fact]
    public async Task Board_is_not_prerendered_and_shows_a_loading_note_until_its_circuit_renders()
    {
        var (status, html) = await GetAsAgentAsync("/board");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<p class=\"boot-placeholder\" role=\"status\">Loading the SLA board…</p>", html, StringComparison.Ordinal);
        Assert.Contains("<!--Blazor:{\"type\":\"server\"", html, StringComparison.Ordinal); // the circuit's root component
        Assert.DoesNotContain("prerenderId", html, StringComparison.Ordinal);
        Assert.DoesNotContain("app-shell", html, StringComparison.Ordinal);
        Assert.DoesNotContain("board-grid", html, StringComparison.Ordinal);
        // Nothing to style before the circuit renders: MudBlazor's stylesheet must not hold back the scripts.
        Assert.Contains("_content/MudBlazor/MudBlazor.min.", html, StringComparison.Ordinal);
        Assert.Contains("media=\"print\" data-load-async", html, StringComparison.Ordinal); // js/start-blazor.js switches it to all
    }

    [Fact]
    public async Task Pages_without_the_opt_out_are_prerendered_and_have_no_loading_note()
    {
        var (_, html) = await GetAsAgentAsync("/");

        Assert.Contains("prerenderId", html, StringComparison.Ordinal);
        Assert.Contains("class=\"app-shell\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("boot-placeholder", html, StringComparison.Ordinal);
        Assert.DoesNotContain("media=\"print\"", html, StringComparison.Ordinal); // prerendered content needs its styles at once
    }

    [Fact]
    public async Task Circuit_start_has_no_javascript_initializers_to_fetch()
    {
        // App starts Blazor with an empty initializer list instead of asking for it on every page load; this fails
        // the day a package brings a JS initializer, which that shortcut would then skip.
        var (status, body) = await GetAsAgentAsync("/_blazor/initializers");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("[]", body.Trim());
    }

    [Fact]
    public async Task Home_page_shows_a_signed_in_agent_the_layout_and_their_queue()
    {
        var (status, html) = await GetAsAgentAsync("/");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1", html, StringComparison.Ordinal);
        Assert.Contains("Welcome, Demo Agent", html, StringComparison.Ordinal);
        Assert.Contains("Your queue", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Switch to dark mode\"", html, StringComparison.Ordinal);
        Assert.Contains("Demo Agent", html, StringComparison.Ordinal);
        // @Assets fingerprints the file names: MudBlazor.min.<hash>.css
        Assert.Matches(@"href=""_content/MudBlazor/MudBlazor\.min\.[a-z0-9]+\.css""", html);
        Assert.Matches(@"src=""_content/MudBlazor/MudBlazor\.min\.[a-z0-9]+\.js""", html);
        Assert.Contains("components-reconnect-modal", html, StringComparison.Ordinal);
        Assert.DoesNotContain("fonts.googleapis.com", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_page_sends_an_anonymous_visitor_to_the_login_page()
    {
        var (status, target) = await GetAnonymouslyAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal("/Account/Login?ReturnUrl=%2F", target);
    }

    [Fact]
    public async Task Unknown_address_answers_a_signed_in_user_404_with_the_not_found_page()
    {
        var (status, html) = await GetAsAgentAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
    }

    // No endpoint matches, so the fallback policy (signed-in users only) answers first: an anonymous visitor learns
    // nothing about which addresses exist and signs in on the way.
    [Fact]
    public async Task Unknown_address_sends_an_anonymous_visitor_to_the_login_page_instead_of_a_404()
    {
        var (status, target) = await GetAnonymouslyAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal("/Account/Login?ReturnUrl=%2Fno-such-page", target);
    }

    [Fact]
    public async Task Error_page_renders_statically_with_the_request_id()
    {
        var (status, html) = await GetAsync("/Error");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Something went wrong", html, StringComparison.Ordinal);
        Assert.Contains("Request ID:", html, StringComparison.Ordinal);
        // Static rendering: no interactive component markers, so it shows even when circuits fail.
        Assert.DoesNotContain("<!--Blazor:{\"type\":\"server\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interactive_pages_are_prerendered_for_the_server_circuit()
    {
        var (_, html) = await GetAsync("/tiers");

        Assert.Contains("<!--Blazor:{\"type\":\"server\"", html, StringComparison.Ordinal);
    }
}
