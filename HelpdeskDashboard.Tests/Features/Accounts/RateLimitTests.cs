using System.Net;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Orders;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Tests.Infrastructure;

namespace HelpdeskDashboard.Tests.Features.Accounts;

/// <summary>Issue 15, point 3: sign-in posts and API calls are limited per client address (all test clients share one).</summary>
public sealed class RateLimitTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Sign_in_posts_over_the_limit_answer_429_with_retry_after_and_do_not_reach_the_account()
    {
        await using var app = LimitedApp(signIn: 3, api: 1000);
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            using var allowed = await app.PostLoginAsync(DemoAccounts.ManagerEmail, $"Wrong#Pass{attempt}");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await app.PostLoginAsync(DemoAccounts.ManagerEmail, DemoAccounts.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        Assert.StartsWith("Too many requests from your address; try again in ", await refused.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_the_login_page_is_not_limited()
    {
        await using var app = LimitedApp(signIn: 1, api: 1000);
        using var client = app.CreateBrowserLikeClient();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var page = await client.GetAsync(new Uri(AccountPaths.Login, UriKind.Relative), Cancel);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }
    }

    [Fact]
    public async Task Api_calls_over_the_limit_answer_429_problem_json_before_the_key_is_checked()
    {
        await using var app = LimitedApp(signIn: 1000, api: 2);
        using var client = app.CreateBrowserLikeClient();
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            using var response = await client.PostAsync(new Uri(OrderApiEndpoints.Path, UriKind.Relative), new StringContent("{}"), Cancel);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.NotNull(response.Headers.RetryAfter);
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Behind_a_local_proxy_each_forwarded_client_address_has_its_own_limit()
    {
        await using var app = LimitedApp(signIn: 1000, api: 1);
        var address = app.StartServerOnFreePort(); // Kestrel: the proxy (this test) connects from 127.0.0.1
        using var client = new HttpClient { BaseAddress = address };

        async Task<HttpStatusCode> CallAsFromAsync(string clientAddress)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(OrderApiEndpoints.Path, UriKind.Relative)) { Content = new StringContent("{}") };
            request.Headers.Add("X-Forwarded-For", clientAddress);
            using var response = await client.SendAsync(request, Cancel);
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await CallAsFromAsync("203.0.113.7"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await CallAsFromAsync("203.0.113.7"));
        Assert.Equal(HttpStatusCode.Unauthorized, await CallAsFromAsync("198.51.100.20"));
    }

    [Theory]
    [InlineData("RateLimits:SignInPerMinute", "0")]
    [InlineData("RateLimits:ApiPerMinute", "-5")]
    public async Task A_limit_below_one_stops_start_up_naming_the_setting(string key, string value)
    {
        await using var app = new HelpdeskAppFactory();
        app.Settings[key] = value;

        var error = Record.Exception(() => app.CreateClient());

        Assert.Contains($"{key}: must be between 1 and 1000000", StartupFailure.OptionsValidation(error).Message, StringComparison.Ordinal);
    }

    private static HelpdeskAppFactory LimitedApp(int signIn, int api) => new()
    {
        Settings =
        {
            ["RateLimits:SignInPerMinute"] = signIn.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimits:ApiPerMinute"] = api.ToString(System.Globalization.CultureInfo.InvariantCulture),
        },
    };
}
