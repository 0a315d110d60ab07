using HelpdeskDashboard.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace HelpdeskDashboard.Tests.Features.Accounts;

/// <summary>Guards against a page quietly becoming public.</summary>
public sealed class PageInventoryTests
{
    private static readonly IReadOnlyList<(string Route, Type Page)> Pages =
        [.. typeof(Program).Assembly.GetTypes()
            .SelectMany(type => type.GetCustomAttributes(typeof(RouteAttribute), inherit: false)
                .Cast<RouteAttribute>()
                .Select(route => (route.Template, type)))];

    [Fact]
    public void Only_the_login_error_not_found_and_tier_pages_are_public()
    {
        var publicRoutes = Pages
            .Where(page => page.Page.GetCustomAttributes(inherit: true).OfType<IAllowAnonymous>().Any())
            .Select(page => page.Route)
            .Order(StringComparer.Ordinal);

        Assert.Equal(
            [AccountPaths.AccessDenied, AccountPaths.Login, "/Error", "/not-found", "/tiers"],
            publicRoutes);
    }

    [Fact]
    public void Every_other_page_needs_a_signed_in_user_even_inside_a_circuit()
    {
        foreach (var (route, page) in Pages.Where(page => !page.Page.GetCustomAttributes(inherit: true).OfType<IAllowAnonymous>().Any()))
        {
            var attributes = page.GetCustomAttributes(inherit: true);
            Assert.True(
                PageAuthorization.NeedsDefaultSignIn(page) || attributes.OfType<IAuthorizeData>().Any(),
                $"{route} would be public inside a circuit");
        }
    }

    [Theory]
    [InlineData("/board", Policies.Agent)]
    [InlineData("/portal", Policies.Customer)]
    [InlineData("/manager/workload", Policies.Manager)]
    [InlineData("/manager/agents", Policies.Manager)]
    [InlineData("/portal/tickets", Policies.Customer)]
    [InlineData("/portal/tickets/new", Policies.Customer)]
    [InlineData("/portal/profile", Policies.Customer)]
    [InlineData("/manager/outbox", Policies.Manager)]
    [InlineData("/manager/tiers", Policies.Manager)]
    [InlineData("/manager/orders/import", Policies.Manager)]
    [InlineData("/manager/billing", Policies.Manager)]
    [InlineData("/manager/calendar", Policies.Manager)]
    [InlineData("/manager/reports", Policies.Manager)]
    [InlineData("/manager/reports/clocks", Policies.Manager)]
    public void Role_pages_name_their_policy(string route, string policy)
    {
        var page = Pages.Single(p => p.Route == route).Page;

        Assert.Equal(policy, page.GetCustomAttributes(inherit: true).OfType<IAuthorizeData>().Single().Policy);
    }
}
