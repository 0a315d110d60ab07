using Bunit;
using HelpdeskDashboard.Components;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

using HelpdeskDashboard.Hosting.Demo;
namespace HelpdeskDashboard.Tests.Features.Accounts;

/// <summary>Navigation inside a circuit, where no HTTP request (and so no fallback policy) guards the page.</summary>
public sealed class RoutesAuthorizationTests : IAsyncDisposable
{
    private readonly BunitContext _context = new();

    public RoutesAuthorizationTests()
    {
        _context.Services.AddMudServices();
        _context.Services.AddSingleton<TierCatalog>(TestTiers.Catalog());
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
    }

    public ValueTask DisposeAsync() => _context.DisposeAsync();

    // Set at render time: setting it builds the service provider, and each test registers its own authorization first.
    private IRenderedComponent<Routes> RenderRoutes()
    {
        _context.SetRendererInfo(new RendererInfo("Server", isInteractive: true)); // as in a circuit
        return _context.Render<Routes>();
    }

    private NavigationManager Navigation => _context.Services.GetRequiredService<NavigationManager>();

    [Fact]
    public void Anonymous_visitor_on_a_page_without_attributes_is_sent_to_the_login_page()
    {
        _context.AddAuthorization();
        Navigation.NavigateTo("/");

        RenderRoutes();

        Assert.Equal($"http://localhost{AccountPaths.LoginReturningTo("/")}", Navigation.Uri);
    }

    [Fact]
    public void Anonymous_visitor_on_a_role_page_is_sent_to_the_login_page()
    {
        _context.AddAuthorization();
        Navigation.NavigateTo("/portal");

        RenderRoutes();

        Assert.Equal($"http://localhost{AccountPaths.LoginReturningTo("/portal")}", Navigation.Uri);
    }

    [Fact]
    public void Anonymous_visitor_sees_a_public_page()
    {
        _context.AddAuthorization();
        Navigation.NavigateTo("/tiers");

        var routes = RenderRoutes();

        Assert.Equal("Support tiers", routes.Find("h1").TextContent);
        Assert.Equal("http://localhost/tiers", Navigation.Uri);
    }

    [Fact]
    public void Signed_in_user_sees_a_page_without_attributes()
    {
        _context.AddAuthorization().SetAuthorized(DemoAccounts.AgentEmail);
        Navigation.NavigateTo("/");

        var routes = RenderRoutes();

        Assert.Equal("Helpdesk Dashboard", routes.Find("h1").TextContent);
    }

    [Fact]
    public void Signed_in_user_without_the_role_is_told_so_and_stays()
    {
        _context.AddAuthorization().SetAuthorized(DemoAccounts.AgentEmail).SetPolicies(Policies.Agent);
        Navigation.NavigateTo("/portal");

        var routes = RenderRoutes();

        Assert.Equal("Access denied", routes.Find("h1").TextContent);
        Assert.Equal("http://localhost/portal", Navigation.Uri);
    }
}
