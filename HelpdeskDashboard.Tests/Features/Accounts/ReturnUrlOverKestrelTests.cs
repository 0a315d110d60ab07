using System.Net;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Tests.Infrastructure;

namespace HelpdeskDashboard.Tests.Features.Accounts;

/// <summary>The app on Kestrel, which (unlike the in-memory test server) refuses a header with a non-ASCII character.</summary>
public sealed class KestrelAppFixture : IAsyncLifetime
{
    public HelpdeskAppFactory App { get; } = new();

    public ValueTask InitializeAsync()
    {
        Address = App.StartServerOnFreePort();
        return ValueTask.CompletedTask;
    }

    public Uri Address { get; private set; } = default!;

    /// <summary>A real socket client that, like a browser's fetch with redirect "manual", shows each redirect.</summary>
    public HttpClient CreateClient() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = Address };

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

/// <summary>Issue 15, point 4: a return address with a raw "ü" made a correct sign-in answer 500.</summary>
public sealed class ReturnUrlOverKestrelTests(KestrelAppFixture fixture) : IClassFixture<KestrelAppFixture>
{
    [Theory]
    [InlineData("a raw ü", "/board?q=über", "/board?q=%C3%BCber")]
    [InlineData("a character outside the BMP", "/board?q=🙂", "/board?q=%F0%9F%99%82")]
    [InlineData("a space", "/board?q=a b", "/board?q=a%20b")]
    [InlineData("already encoded", "/board?q=%C3%BCber", "/board?q=%C3%BCber")]
    public async Task Signing_in_with_any_local_return_address_redirects_to_it_in_ascii(string label, string returnUrl, string location)
    {
        _ = label;
        using var client = fixture.CreateClient();
        using var response = await client.PostLoginAsync(DemoAccounts.AgentEmail, DemoAccounts.Password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, Assert.Single(response.Headers.GetValues("Location")));
    }
}
