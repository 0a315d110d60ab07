using System.Security.Claims;
using Bunit;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Tests.Features.Accounts;

public sealed class UserMenuTests : BunitTestBase
{
    public UserMenuTests() => Context.Services.AddSingleton<AntiforgeryStateProvider>(new FixedAntiforgery());

    [Fact]
    public void Signed_in_user_sees_their_name_and_a_sign_out_form_that_posts_with_an_antiforgery_token()
    {
        var auth = Context.AddAuthorization();
        auth.SetAuthorized(DemoAccounts.AgentEmail);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, "user-1"), new Claim(HelpdeskClaimTypes.DisplayName, "Demo Agent"));

        var menu = Context.Render<UserMenu>();

        Assert.Equal("Demo Agent", menu.Find("[data-testid='user-name']").TextContent);
        var form = menu.Find("form");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal(AccountPaths.Logout, form.GetAttribute("action"));
        Assert.Equal(FixedAntiforgery.Token, form.QuerySelector("input[type='hidden'][name='__RequestVerificationToken']")?.GetAttribute("value"));
        var button = form.QuerySelector("button")!;
        Assert.Equal("submit", button.GetAttribute("type"));
        Assert.Equal("Sign out", button.TextContent.Trim());
    }

    [Fact]
    public void Name_falls_back_to_the_address_when_the_account_has_no_display_name()
    {
        var auth = Context.AddAuthorization();
        auth.SetAuthorized("someone@example.com");
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, "user-2"));

        var menu = Context.Render<UserMenu>();

        Assert.Equal("someone@example.com", menu.Find("[data-testid='user-name']").TextContent);
    }

    [Fact]
    public void Anonymous_visitor_gets_a_sign_in_link_instead()
    {
        Context.AddAuthorization();

        var menu = Context.Render<UserMenu>();

        Assert.Empty(menu.FindAll("form"));
        var link = menu.Find("a");
        Assert.Equal(AccountPaths.Login, link.GetAttribute("href"));
        Assert.Equal("Sign in", link.TextContent.Trim());
    }

    [Fact]
    public void Without_an_authentication_context_the_menu_is_empty()
    {
        var menu = Context.Render<UserMenu>();

        Assert.Equal("", menu.Markup.Trim());
    }

    /// <summary>The token a rendered page would carry; bunit has no antiforgery of its own.</summary>
    private sealed class FixedAntiforgery : AntiforgeryStateProvider
    {
        public const string Token = "test-token";

        public override AntiforgeryRequestToken? GetAntiforgeryToken() => new(Token, "__RequestVerificationToken");
    }
}
