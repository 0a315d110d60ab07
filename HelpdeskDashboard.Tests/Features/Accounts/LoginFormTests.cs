using System.Net;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Tests.Features.Accounts;

public sealed class LoginFormTests(SignedInAppFixture fixture) : IClassFixture<SignedInAppFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, string> RoleLandings => new()
    {
        { "agent lands on the board", DemoAccounts.AgentEmail, AccountPaths.AgentHome },
        { "manager lands on the board", DemoAccounts.ManagerEmail, AccountPaths.AgentHome },
        { "gold customer lands on the portal", DemoAccounts.CustomerEmail, AccountPaths.CustomerHome },
        { "basic customer lands on the portal", DemoAccounts.BasicCustomerEmail, AccountPaths.CustomerHome },
        { "address typed in capitals still signs in", "AGENT@Demo.Local", AccountPaths.AgentHome },
    };

    [Theory]
    [MemberData(nameof(RoleLandings))]
    public async Task Signing_in_without_a_return_address_goes_to_the_role_home(string label, string email, string expectedLanding)
    {
        _ = label;
        using var response = await fixture.App.PostLoginAsync(email, DemoAccounts.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expectedLanding, response.RedirectTarget());
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith("Helpdesk.Auth=", StringComparison.Ordinal));
    }

    public static TheoryData<string, string, string> ReturnAddresses => new()
    {
        { "local page is honoured", "/tiers?tier=gold", "/tiers?tier=gold" },
        { "absolute address elsewhere is ignored", "https://evil.example/board", AccountPaths.AgentHome },
        { "protocol-relative address is ignored", "//evil.example/board", AccountPaths.AgentHome },
        { "backslash trick is ignored", "/\\evil.example", AccountPaths.AgentHome },
        { "login page itself is not a destination", AccountPaths.Login, AccountPaths.AgentHome },
    };

    [Theory]
    [MemberData(nameof(ReturnAddresses))]
    public async Task Signing_in_returns_only_to_local_addresses(string label, string returnUrl, string expectedLanding)
    {
        _ = label;
        using var response = await fixture.App.PostLoginAsync(DemoAccounts.AgentEmail, DemoAccounts.Password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expectedLanding, response.RedirectTarget());
    }

    [Fact]
    public async Task Signed_in_client_sees_its_name_and_a_sign_out_button_in_the_app_bar()
    {
        // The home page, not the board: the board is not prerendered, so its HTML holds no app bar.
        var html = await fixture.For(Visitor.Manager).GetStringAsync(new Uri("/", UriKind.Relative), Cancel);

        Assert.Equal("Demo Manager", HtmlText.ByTestId(html, "user-name"));
        Assert.Contains($"action=\"{AccountPaths.Logout}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Portal_shows_the_customer_its_own_company()
    {
        var html = await fixture.For(Visitor.BasicCustomer).GetStringAsync(new Uri("/portal", UriKind.Relative), Cancel);

        Assert.Equal("Demo Basic Customer", HtmlText.ByTestId(html, "signed-in-as"));
        Assert.Equal("Demo Basic Customer GmbH", HtmlText.ByTestId(html, "company"));
    }

    [Fact]
    public async Task Wrong_password_shows_an_error_and_signs_nobody_in()
    {
        using var client = fixture.App.CreateBrowserLikeClient();

        using var response = await client.PostLoginAsync(DemoAccounts.BasicCustomerEmail, "Wrong#Pass1");
        var html = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("The e-mail address or password is wrong.", SignInClient.LoginProblem(html));
        Assert.DoesNotContain("Wrong#Pass1", html, StringComparison.Ordinal);
        using var portal = await client.GetAsync(new Uri("/portal", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.Redirect, portal.StatusCode);
        Assert.StartsWith(AccountPaths.Login, portal.RedirectTarget(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_form_names_both_missing_fields()
    {
        using var response = await fixture.App.PostLoginAsync("", "");
        var html = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter your e-mail address.", html, StringComparison.Ordinal);
        Assert.Contains("Enter your password.", html, StringComparison.Ordinal);
        Assert.Null(SignInClient.LoginProblem(html));
    }

    [Fact]
    public async Task Login_post_without_antiforgery_token_is_rejected()
    {
        using var client = fixture.App.CreateBrowserLikeClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login", ["Input.Email"] = DemoAccounts.AgentEmail, ["Input.Password"] = DemoAccounts.Password,
        });

        using var response = await client.PostAsync(new Uri(AccountPaths.Login, UriKind.Relative), form, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("Helpdesk.Auth=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Login_page_labels_every_input()
    {
        var html = await fixture.For(Visitor.Anonymous).GetStringAsync(new Uri(AccountPaths.Login, UriKind.Relative), Cancel);

        foreach (var id in new[] { "login-email", "login-password", "login-remember" })
        {
            Assert.Contains($"id=\"{id}\"", html, StringComparison.Ordinal);
            Assert.Contains($"<label for=\"{id}\"", html, StringComparison.Ordinal);
        }
    }
}

public sealed class LockoutTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_fifteen_minutes()
    {
        await using var app = new HelpdeskAppFactory();
        for (var attempt = 1; attempt <= AccountServiceCollectionExtensions.MaxFailedSignIns - 1; attempt++)
        {
            using var wrong = await app.PostLoginAsync(DemoAccounts.AgentEmail, $"Wrong#Pass{attempt}");
            Assert.Equal("The e-mail address or password is wrong.", SignInClient.LoginProblem(await wrong.Content.ReadAsStringAsync(Cancel)));
        }

        var before = DateTimeOffset.UtcNow;
        using var fifth = await app.PostLoginAsync(DemoAccounts.AgentEmail, "Wrong#Pass5");
        var after = DateTimeOffset.UtcNow;

        // Locked, but said only to the right password (SignInEnumerationTests): a wrong one hears what any address hears.
        Assert.Equal("The e-mail address or password is wrong.", SignInClient.LoginProblem(await fifth.Content.ReadAsStringAsync(Cancel)));
        using var correct = await app.PostLoginAsync(DemoAccounts.AgentEmail, DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, correct.StatusCode);
        Assert.StartsWith("This account is locked", SignInClient.LoginProblem(await correct.Content.ReadAsStringAsync(Cancel)), StringComparison.Ordinal);

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var lockoutEnd = await users.GetLockoutEndDateAsync((await users.FindByEmailAsync(DemoAccounts.AgentEmail))!);
        Assert.NotNull(lockoutEnd);
        Assert.InRange(lockoutEnd.Value, before.AddMinutes(15), after.AddMinutes(15));
    }

    [Fact]
    public async Task Four_wrong_passwords_then_the_right_one_signs_in_and_resets_the_count()
    {
        await using var app = new HelpdeskAppFactory();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await app.PostLoginAsync(DemoAccounts.CustomerEmail, "Wrong#Pass1");
        }

        using var correct = await app.PostLoginAsync(DemoAccounts.CustomerEmail, DemoAccounts.Password);
        using var wrongAgain = await app.PostLoginAsync(DemoAccounts.CustomerEmail, "Wrong#Pass1");

        Assert.Equal(HttpStatusCode.Redirect, correct.StatusCode);
        Assert.Equal("The e-mail address or password is wrong.", SignInClient.LoginProblem(await wrongAgain.Content.ReadAsStringAsync(Cancel)));
    }
}
