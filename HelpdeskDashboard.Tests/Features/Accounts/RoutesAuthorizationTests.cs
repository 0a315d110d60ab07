using Bunit;
using HelpdeskDashboard.Components;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Tests.Features.Accounts;

/// <summary>Navigation inside a circuit, where no HTTP request (and so no fallback policy) guards the page.</summary>
public sealed class RoutesAuthorizationTests : BunitTestBase
{
    public RoutesAuthorizationTests() => Context.Services.AddSingleton<TierCatalog>(TestTiers.Catalog());

    // Set at render time: setting it builds the service provider, and each test registers its own authorization first.
    private IRenderedComponent<Routes> RenderRoutes()
    {
        Context.SetRendererInfo(new RendererInfo("Server", isInteractive: true)); // as in a circuit
        return Context.Render<Routes>();
    }

    private NavigationManager Navigation => Context.Services.GetRequiredService<NavigationManager>();

    [Fact]
    public void Anonymous_visitor_on_a_page_without_attributes_is_sent_to_the_login_page()
    {
        Context.AddAuthorization();
        Navigation.NavigateTo("/");

        RenderRoutes();

        Assert.Equal($"http://localhost{AccountPaths.LoginReturningTo("/")}", Navigation.Uri);
    }

    [Fact]
    public void Anonymous_visitor_on_a_role_page_is_sent_to_the_login_page()
    {
        Context.AddAuthorization();
        Navigation.NavigateTo("/portal");

        RenderRoutes();

        Assert.Equal($"http://localhost{AccountPaths.LoginReturningTo("/portal")}", Navigation.Uri);
    }

    [Fact]
    public void Anonymous_visitor_sees_a_public_page()
    {
        Context.AddAuthorization();
        Navigation.NavigateTo("/tiers");

        var routes = RenderRoutes();

        Assert.Equal("Support tiers", routes.Find("h1").TextContent);
        Assert.Equal("http://localhost/tiers", Navigation.Uri);
    }

    [Fact]
    public void Signed_in_user_sees_a_page_without_attributes()
    {
        Context.AddAuthorization().SetAuthorized(DemoAccounts.AgentEmail);
        Navigation.NavigateTo("/");

        var routes = RenderRoutes();

        Assert.StartsWith("Welcome, ", routes.Find("h1").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Signed_in_user_without_the_role_is_told_so_and_stays()
    {
        Context.AddAuthorization().SetAuthorized(DemoAccounts.AgentEmail).SetPolicies(Policies.Agent);
        Navigation.NavigateTo("/portal");

        var routes = RenderRoutes();

        Assert.Equal("Access denied", routes.Find("h1").TextContent);
        Assert.Equal("http://localhost/portal", Navigation.Uri);
    }
}
