using Bunit;
using HelpdeskDashboard.Components.Layout;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Tests.Infrastructure;

namespace HelpdeskDashboard.Tests.Features.Tickets.Board;

public sealed class NavMenuBoardLinkTests : BunitTestBase
{
    private string[] Links() =>
        [.. Context.Render<NavMenu>().FindAll("nav[aria-label='Main'] a").Select(a => a.TextContent.Trim())];

    [Fact]
    public void Agents_get_a_link_to_the_sla_board()
    {
        var auth = Context.AddAuthorization();
        auth.SetAuthorized("agent@example.com");
        auth.SetPolicies(Policies.Agent);

        var menu = Context.Render<NavMenu>();

        Assert.Equal(["Home", "SLA board", "Received mail", "Your profile", "Support tiers"], menu.FindAll("nav a").Select(a => a.TextContent.Trim()));
        Assert.Equal("board", menu.FindAll("nav a")[1].GetAttribute("href"));
    }

    [Fact]
    public void Customers_do_not()
    {
        var auth = Context.AddAuthorization();
        auth.SetAuthorized("customer@example.com");
        auth.SetPolicies(Policies.Customer);

        Assert.Equal(["Home", "Your tickets", "Your profile", "Support tiers"], Links());
    }
}
