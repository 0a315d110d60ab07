using System.Net;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Tests.Infrastructure;

namespace HelpdeskDashboard.Tests.Features.Accounts;

public enum Outcome
{
    Ok,
    LoginRedirect,
    AccessDeniedRedirect,
    Unauthorized,
    Forbidden,
    NotFound,
}

/// <summary>Every page and endpoint that exists, requested over HTTP by each kind of visitor.</summary>
public sealed class AccessMatrixTests(SignedInAppFixture fixture) : IClassFixture<SignedInAppFixture>
{
    private const string GoldTicket = "/api/tickets/{gold}";
    private const string BasicTicket = "/api/tickets/{basic}";

    public static TheoryData<string, string, Visitor, Outcome> Matrix()
    {
        var data = new TheoryData<string, string, Visitor, Outcome>();
        void Add(string path, params (Visitor Visitor, Outcome Outcome)[] cases)
        {
            foreach (var (visitor, outcome) in cases)
            {
                data.Add($"{visitor} requests {path}", path, visitor, outcome);
            }
        }

        Add("/", (Visitor.Anonymous, Outcome.LoginRedirect), (Visitor.Agent, Outcome.Ok), (Visitor.Manager, Outcome.Ok), (Visitor.GoldCustomer, Outcome.Ok));
        Add("/board", (Visitor.Anonymous, Outcome.LoginRedirect), (Visitor.Agent, Outcome.Ok), (Visitor.Manager, Outcome.Ok),
            (Visitor.GoldCustomer, Outcome.AccessDeniedRedirect), (Visitor.BasicCustomer, Outcome.AccessDeniedRedirect));
        Add("/portal", (Visitor.Anonymous, Outcome.LoginRedirect), (Visitor.Agent, Outcome.AccessDeniedRedirect),
            (Visitor.Manager, Outcome.AccessDeniedRedirect), (Visitor.GoldCustomer, Outcome.Ok), (Visitor.BasicCustomer, Outcome.Ok));
        foreach (var portalPage in new[] { "/portal/tickets", "/portal/tickets/new", "/portal/profile" })
        {
            Add(portalPage, (Visitor.Anonymous, Outcome.LoginRedirect), (Visitor.Agent, Outcome.AccessDeniedRedirect),
                (Visitor.Manager, Outcome.AccessDeniedRedirect), (Visitor.GoldCustomer, Outcome.Ok), (Visitor.BasicCustomer, Outcome.Ok));
        }

        Add("/manager/billing", (Visitor.Anonymous, Outcome.LoginRedirect), (Visitor.Agent, Outcome.AccessDeniedRedirect),
            (Visitor.Manager, Outcome.Ok), (Visitor.GoldCustomer, Outcome.AccessDeniedRedirect), (Visitor.BasicCustomer, Outcome.AccessDeniedRedirect));
        Add("/manager/billing/statements.csv?month=2026-05", (Visitor.Anonymous, Outcome.LoginRedirect), (Visitor.Agent, Outcome.AccessDeniedRedirect),
            (Visitor.Manager, Outcome.Ok), (Visitor.GoldCustomer, Outcome.AccessDeniedRedirect));
        foreach (var export in new[] { "/manager/reports/tiers.csv?period=2026-05", "/manager/reports/clocks.csv?period=2026-Q2", "/manager/reports/trend.csv" })
        {
            Add(export, (Visitor.Anonymous, Outcome.LoginRedirect), (Visitor.Agent, Outcome.AccessDeniedRedirect), (Visitor.Manager, Outcome.Ok),
                (Visitor.GoldCustomer, Outcome.AccessDeniedRedirect));
        }

        Add("/tiers", (Visitor.Anonymous, Outcome.Ok), (Visitor.Agent, Outcome.Ok), (Visitor.Manager, Outcome.Ok), (Visitor.GoldCustomer, Outcome.Ok));
        Add("/healthz", (Visitor.Anonymous, Outcome.Ok), (Visitor.Agent, Outcome.Ok), (Visitor.Manager, Outcome.Ok), (Visitor.GoldCustomer, Outcome.Ok));
        Add(AccountPaths.Login, (Visitor.Anonymous, Outcome.Ok), (Visitor.Agent, Outcome.Ok), (Visitor.Manager, Outcome.Ok), (Visitor.GoldCustomer, Outcome.Ok));
        Add(AccountPaths.AccessDenied, (Visitor.Anonymous, Outcome.Forbidden), (Visitor.Agent, Outcome.Forbidden), (Visitor.GoldCustomer, Outcome.Forbidden));
        Add(GoldTicket, (Visitor.Anonymous, Outcome.Unauthorized), (Visitor.Agent, Outcome.Ok), (Visitor.Manager, Outcome.Ok),
            (Visitor.GoldCustomer, Outcome.Ok), (Visitor.BasicCustomer, Outcome.NotFound));
        Add(BasicTicket, (Visitor.Anonymous, Outcome.Unauthorized), (Visitor.Agent, Outcome.Ok), (Visitor.Manager, Outcome.Ok),
            (Visitor.GoldCustomer, Outcome.NotFound), (Visitor.BasicCustomer, Outcome.Ok));
        // The ticket page: the query decides visibility, so another customer's ticket looks missing (404), never forbidden.
        Add("/tickets/{gold}", (Visitor.Anonymous, Outcome.LoginRedirect), (Visitor.Agent, Outcome.Ok), (Visitor.Manager, Outcome.Ok),
            (Visitor.GoldCustomer, Outcome.Ok), (Visitor.BasicCustomer, Outcome.NotFound));
        Add("/tickets/{basic}", (Visitor.Anonymous, Outcome.LoginRedirect), (Visitor.Agent, Outcome.Ok),
            (Visitor.GoldCustomer, Outcome.NotFound), (Visitor.BasicCustomer, Outcome.Ok));
        Add("/manager/tiers", (Visitor.Anonymous, Outcome.LoginRedirect), (Visitor.Agent, Outcome.AccessDeniedRedirect), (Visitor.Manager, Outcome.Ok),
            (Visitor.GoldCustomer, Outcome.AccessDeniedRedirect));
        Add("/manager/orders/import", (Visitor.Anonymous, Outcome.LoginRedirect), (Visitor.Agent, Outcome.AccessDeniedRedirect), (Visitor.Manager, Outcome.Ok),
            (Visitor.GoldCustomer, Outcome.AccessDeniedRedirect));
        Add("/tickets/999999", (Visitor.Agent, Outcome.NotFound), (Visitor.GoldCustomer, Outcome.NotFound));
        // The manager pages (issue 5): managers only; agents and customers are sent to the access-denied page.
        foreach (var managerPage in new[] { "/manager/workload", "/manager/agents", "/manager/calendar", "/manager/reports", "/manager/reports/clocks?period=2026-05&outcome=breached" })
        {
            Add(managerPage, (Visitor.Anonymous, Outcome.LoginRedirect), (Visitor.Agent, Outcome.AccessDeniedRedirect), (Visitor.Manager, Outcome.Ok),
                (Visitor.GoldCustomer, Outcome.AccessDeniedRedirect), (Visitor.BasicCustomer, Outcome.AccessDeniedRedirect));
        }

        Add("/manager/outbox", (Visitor.Anonymous, Outcome.LoginRedirect), (Visitor.Agent, Outcome.AccessDeniedRedirect), (Visitor.Manager, Outcome.Ok),
            (Visitor.GoldCustomer, Outcome.AccessDeniedRedirect), (Visitor.BasicCustomer, Outcome.AccessDeniedRedirect));
        Add("/api/antiforgery", (Visitor.Anonymous, Outcome.Unauthorized), (Visitor.Agent, Outcome.Ok), (Visitor.GoldCustomer, Outcome.Ok));
        Add("/api/agents", (Visitor.Anonymous, Outcome.Unauthorized), (Visitor.Agent, Outcome.Ok), (Visitor.Manager, Outcome.Ok), (Visitor.GoldCustomer, Outcome.Forbidden));
        Add("/api/tickets?scope=all", (Visitor.Anonymous, Outcome.Unauthorized), (Visitor.Agent, Outcome.Ok), (Visitor.Manager, Outcome.Ok), (Visitor.GoldCustomer, Outcome.Forbidden));
        Add("/api/tickets/999999", (Visitor.Anonymous, Outcome.Unauthorized), (Visitor.Agent, Outcome.NotFound), (Visitor.GoldCustomer, Outcome.NotFound));
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Visitor_gets_the_expected_answer(string label, string path, Visitor visitor, Outcome expected)
    {
        _ = label;
        var url = path.Replace("{gold}", $"{fixture.GoldTicketId}", StringComparison.Ordinal)
            .Replace("{basic}", $"{fixture.BasicTicketId}", StringComparison.Ordinal);

        using var response = await fixture.For(visitor).GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(expected, Classify(response, url));
    }

    [Fact]
    public async Task Access_denied_redirect_leads_to_a_403_page_that_names_the_user()
    {
        var client = fixture.For(Visitor.GoldCustomer);
        using var redirect = await client.GetAsync(new Uri("/board", UriKind.Relative), TestContext.Current.CancellationToken);

        using var page = await client.GetAsync(redirect.Headers.Location, TestContext.Current.CancellationToken);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("Access denied", html, StringComparison.Ordinal);
        Assert.Contains("You are signed in as <strong>Demo Customer</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_visitor_can_open_a_circuit_so_public_pages_become_interactive()
    {
        using var content = new StringContent("");

        using var response = await fixture.For(Visitor.Anonymous).PostAsync(
            new Uri("/_blazor/negotiate?negotiateVersion=1", UriKind.Relative), content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("connectionToken", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_address_answers_404_to_a_signed_in_user()
    {
        using var response = await fixture.For(Visitor.Agent).GetAsync(new Uri("/no-such-page", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private static Outcome Classify(HttpResponseMessage response, string requestedPath)
    {
        switch (response.StatusCode)
        {
            case HttpStatusCode.OK:
                return Outcome.Ok;
            case HttpStatusCode.Unauthorized:
                return Outcome.Unauthorized;
            case HttpStatusCode.Forbidden:
                return Outcome.Forbidden;
            case HttpStatusCode.NotFound:
                return Outcome.NotFound;
            case HttpStatusCode.Redirect:
                var target = response.RedirectTarget();
                if (target == AccountPaths.LoginReturningTo(requestedPath))
                {
                    return Outcome.LoginRedirect;
                }

                if (target == $"{AccountPaths.AccessDenied}?ReturnUrl={Uri.EscapeDataString(requestedPath)}")
                {
                    return Outcome.AccessDeniedRedirect;
                }

                throw new InvalidOperationException($"Unexpected redirect to {target}.");
            default:
                throw new InvalidOperationException($"Unexpected status {(int)response.StatusCode}.");
        }
    }
}
