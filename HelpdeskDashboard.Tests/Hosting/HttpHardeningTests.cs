using System.Net;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Orders;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Hosting;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Tests.Hosting;

/// <summary>Issue 15, point 11: headers and cookies on every response, and what the API says when it fails.</summary>
public sealed class HttpHardeningTests(HelpdeskAppFactory app) : IClassFixture<HelpdeskAppFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(AccountPaths.Login)]
    [InlineData("/no-such-page")]
    [InlineData("/app.css")]
    [InlineData("/healthz")]
    [InlineData("/api/tickets/1")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancel);

        Assert.Equal(HttpHardening.ContentSecurityPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public void The_policy_allows_no_inline_script_and_no_eval()
    {
        var scripts = HttpHardening.ContentSecurityPolicy.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src", StringComparison.Ordinal));

        Assert.Equal("script-src 'self'", scripts);
    }

    [Fact]
    public async Task Pages_hold_no_inline_script_the_policy_would_refuse()
    {
        using var client = app.CreateBrowserLikeClient();

        var html = await client.GetStringAsync(new Uri(AccountPaths.Login, UriKind.Relative), Cancel);

        Assert.DoesNotMatch(@"<script(?![^>]*\bsrc=)[^>]*>", html);
        Assert.DoesNotMatch(@"\son[a-z]+=""", html);
    }

    [Fact]
    public async Task The_antiforgery_cookie_is_secure_over_https()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri(AccountPaths.Login, UriKind.Relative), Cancel);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>Kestrel itself: it names no server software.</summary>
public sealed class KestrelHeaderTests(HelpdeskDashboard.Tests.Features.Accounts.KestrelAppFixture fixture)
    : IClassFixture<HelpdeskDashboard.Tests.Features.Accounts.KestrelAppFixture>
{
    [Fact]
    public async Task Responses_carry_no_server_header()
    {
        using var client = fixture.CreateClient();

        using var response = await client.GetAsync(new Uri(AccountPaths.Login, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Headers.Server);
    }
}

/// <summary>The app as it runs in Production: HSTS, the HTTPS redirect, and API errors without internals.</summary>
public sealed class ProductionHardeningTests : IAsyncLifetime
{
    private const string ApiKey = "production-test-key-0123456789abcdef";

    private readonly ProductionApp _app = new()
    {
        Settings = { ["Orders:ApiKey"] = ApiKey, ["https_port"] = "443" },
    };

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Over_https_the_answer_carries_hsts()
    {
        using var client = _app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://helpdesk.example"), AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri(AccountPaths.Login, UriKind.Relative), Cancel);

        Assert.StartsWith("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_http_the_answer_redirects_to_https()
    {
        using var client = _app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://helpdesk.example"), AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri(AccountPaths.Login, UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https://helpdesk.example/Account/Login", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_failing_api_call_answers_problem_json_without_the_exception()
    {
        using var client = _app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://helpdesk.example"), AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(OrderApiEndpoints.Path, UriKind.Relative))
        {
            Content = new StringContent("""{"orders":[{"externalOrderId":"X-1","customerId":1,"orderedAt":"2026-01-10","amount":1}]}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(OrderApiEndpoints.ApiKeyHeader, ApiKey);

        using var response = await client.SendAsync(request, Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("The request failed on the server", body, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(BrokenDatabase), body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    private sealed class ProductionApp : HelpdeskAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            // The orders API's importer reads a database that fails, as a disk or server might.
            builder.ConfigureTestServices(services => services.AddScoped(sp => new OrderBatchImporter(
                new BrokenDatabase(), sp.GetRequiredService<BusinessCalendar>(), TimeProvider.System, sp.GetRequiredService<IOptions<OrdersOptions>>())));
        }
    }

    private sealed class BrokenDatabase : IDbContextFactory<HelpdeskDbContext>
    {
        public HelpdeskDbContext CreateDbContext() => throw new InvalidOperationException($"{nameof(BrokenDatabase)}: the disk is gone.");
    }
}
