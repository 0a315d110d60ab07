using System.Net;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Tests.Features.Accounts;

/// <summary>Two app instances on one database share the data-protection key ring kept in that database.</summary>
public sealed class SharedKeyRingTests : IAsyncLifetime
{
    private readonly HelpdeskAppFactory _first = new();
    private HelpdeskAppFactory _second = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _second = new HelpdeskAppFactory { ConnectionString = _first.ConnectionString };
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task Sign_in_cookie_and_antiforgery_token_made_by_one_instance_are_accepted_by_the_other()
    {
        using var form = await Bare(_first).GetAsync(AccountPaths.Login, Cancel);
        var token = SignInClient.AntiforgeryToken(await form.Content.ReadAsStringAsync(Cancel))!;

        // The second instance gets the first one's form token and cookie, as when a proxy moves a visitor over.
        using var login = new HttpRequestMessage(HttpMethod.Post, AccountPaths.Login)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                [SignInClient.TokenField] = token,
                ["_handler"] = "login",
                ["Input.Email"] = DemoAccounts.AgentEmail,
                ["Input.Password"] = DemoAccounts.Password,
            }),
        };
        login.Headers.Add("Cookie", Cookies(form));
        using var signedIn = await Bare(_second).SendAsync(login, Cancel);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        // ... and the first instance accepts the sign-in cookie the second one made.
        using var board = new HttpRequestMessage(HttpMethod.Get, "/board");
        board.Headers.Add("Cookie", Cookies(signedIn));
        using var response = await Bare(_first).SendAsync(board, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Both_instances_use_the_one_key_stored_in_the_database()
    {
        using var first = await _first.CreateSignedInClientAsync(DemoAccounts.AgentEmail);
        using var second = await _second.CreateSignedInClientAsync(DemoAccounts.ManagerEmail);

        await using var db = TestDatabases.OpenContext(_first.ConnectionString);
        var stored = await db.DataProtectionKeys.Select(k => k.FriendlyName!).ToListAsync(Cancel);
        Assert.Single(stored);
        Assert.Equal(stored, KeyNames(_first));
        Assert.Equal(stored, KeyNames(_second));
    }

    private static HttpClient Bare(HelpdeskAppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

    private static List<string> KeyNames(HelpdeskAppFactory app) =>
        [.. app.Services.GetRequiredService<IKeyManager>().GetAllKeys().Select(k => "key-" + k.KeyId.ToString("D"))];
}
