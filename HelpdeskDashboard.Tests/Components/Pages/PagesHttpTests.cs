using System.Net;
using HelpdeskDashboard.Tests.Infrastructure;

namespace HelpdeskDashboard.Tests.Components.Pages;

public sealed class PagesHttpTests(HelpdeskAppFactory app) : IClassFixture<HelpdeskAppFactory>
{
    private async Task<(HttpStatusCode Status, string Html)> GetAsync(string path)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Home_page_has_the_layout_and_a_way_to_the_tiers()
    {
        var (status, html) = await GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1", html, StringComparison.Ordinal);
        Assert.Contains("Helpdesk Dashboard", html, StringComparison.Ordinal);
        Assert.Contains("Compare support tiers", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Switch to dark mode\"", html, StringComparison.Ordinal);
        // @Assets fingerprints the file names: MudBlazor.min.<hash>.css
        Assert.Matches(@"href=""_content/MudBlazor/MudBlazor\.min\.[a-z0-9]+\.css""", html);
        Assert.Matches(@"src=""_content/MudBlazor/MudBlazor\.min\.[a-z0-9]+\.js""", html);
        Assert.Contains("components-reconnect-modal", html, StringComparison.Ordinal);
        Assert.DoesNotContain("fonts.googleapis.com", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_address_answers_404_with_the_not_found_page()
    {
        var (status, html) = await GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
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
