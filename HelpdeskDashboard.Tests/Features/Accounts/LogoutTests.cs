using System.Net;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Tests.Features.Accounts;

public sealed class LogoutTests(SignedInAppFixture fixture) : IClassFixture<SignedInAppFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Sign_out_button_ends_the_session_and_returns_to_the_login_page()
    {
        using var client = await fixture.App.CreateSignedInClientAsync(DemoAccounts.AgentEmail);
        var token = await client.GetAntiforgeryTokenAsync("/"); // the sign-out form sits in the app bar of every prerendered page
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { [SignInClient.TokenField] = token });

        using var response = await client.PostAsync(new Uri(AccountPaths.Logout, UriKind.Relative), form, Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(AccountPaths.Login, response.RedirectTarget());
        using var board = await client.GetAsync(new Uri("/board", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.Redirect, board.StatusCode);
        Assert.Equal(AccountPaths.LoginReturningTo("/board"), board.RedirectTarget());
    }

    [Fact]
    public async Task Sign_in_as_someone_else_comes_back_to_the_denied_page_after_the_next_sign_in()
    {
        using var client = await fixture.App.CreateSignedInClientAsync(DemoAccounts.CustomerEmail);
        var token = await client.GetAntiforgeryTokenAsync($"{AccountPaths.AccessDenied}?ReturnUrl=%2Fboard");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { [SignInClient.TokenField] = token, ["returnUrl"] = "/board" });

        using var logout = await client.PostAsync(new Uri(AccountPaths.Logout, UriKind.Relative), form, Cancel);
        using var login = await client.PostLoginAsync(DemoAccounts.AgentEmail, DemoAccounts.Password, "/board");

        Assert.Equal(AccountPaths.LoginReturningTo("/board"), logout.RedirectTarget());
        Assert.Equal("/board", login.RedirectTarget());
    }

    [Fact]
    public async Task Sign_out_without_antiforgery_token_is_rejected_and_the_session_survives()
    {
        using var client = await fixture.App.CreateSignedInClientAsync(DemoAccounts.AgentEmail);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>());

        using var response = await client.PostAsync(new Uri(AccountPaths.Logout, UriKind.Relative), form, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var board = await client.GetAsync(new Uri("/board", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, board.StatusCode);
    }

    [Fact]
    public async Task A_copy_of_the_cookie_taken_before_sign_out_no_longer_works_after_it()
    {
        using var client = await fixture.App.CreateSignedInClientAsync(DemoAccounts.ManagerEmail);
        using var before = await client.GetAsync(new Uri($"/api/tickets/{fixture.GoldTicketId}", UriKind.Relative), Cancel);
        var stolen = string.Join("; ", before.RequestMessage!.Headers.TryGetValues("Cookie", out var sent) ? sent : []);
        var token = await client.GetAntiforgeryTokenAsync("/");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { [SignInClient.TokenField] = token });

        using var logout = await client.PostAsync(new Uri(AccountPaths.Logout, UriKind.Relative), form, Cancel);

        using var thief = fixture.App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithCookieAsync(thief, $"/api/tickets/{fixture.GoldTicketId}", stolen));
        Assert.Equal(HttpStatusCode.Redirect, await StatusWithCookieAsync(thief, "/board", stolen));
    }

    [Fact]
    public async Task Open_circuits_of_the_account_fail_their_next_revalidation_after_sign_out()
    {
        using var client = await fixture.App.CreateSignedInClientAsync(DemoAccounts.CustomerEmail);
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var circuitUser = await scope.ServiceProvider.GetRequiredService<SignInManager<ApplicationUser>>()
            .CreateUserPrincipalAsync((await users.FindByEmailAsync(DemoAccounts.CustomerEmail))!);
        var revalidation = (IdentityRevalidatingAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        var before = await revalidation.IsStillValidAsync(circuitUser);
        var token = await client.GetAntiforgeryTokenAsync("/");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { [SignInClient.TokenField] = token });

        using var logout = await client.PostAsync(new Uri(AccountPaths.Logout, UriKind.Relative), form, Cancel);

        Assert.True(before);
        Assert.False(await revalidation.IsStillValidAsync(circuitUser));
    }

    private static async Task<HttpStatusCode> StatusWithCookieAsync(HttpClient client, string path, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request, Cancel);
        return response.StatusCode;
    }
}
