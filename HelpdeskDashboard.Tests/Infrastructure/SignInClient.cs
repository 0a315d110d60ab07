using System.Net;
using System.Text.RegularExpressions;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Hosting.Demo;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HelpdeskDashboard.Tests.Infrastructure;

/// <summary>
/// Signs in through the real login form: GET the page, take its antiforgery token, POST the credentials.
/// Clients keep cookies and do not follow redirects, so tests see where the app sends them.
/// </summary>
public static partial class SignInClient
{
    public const string TokenField = "__RequestVerificationToken";

    public static HttpClient CreateBrowserLikeClient(this HelpdeskAppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in as <paramref name="email"/>; fails the test when the form does not sign in.</summary>
    public static async Task<HttpClient> CreateSignedInClientAsync(
        this HelpdeskAppFactory app, string email, string password = DemoAccounts.Password)
    {
        var client = app.CreateBrowserLikeClient();
        using var response = await client.PostLoginAsync(email, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            throw new InvalidOperationException($"Signing in as {email} answered {(int)response.StatusCode}: {LoginProblem(body)}");
        }

        return client;
    }

    /// <summary>Fills in and posts the login form, as a browser would.</summary>
    public static async Task<HttpResponseMessage> PostLoginAsync(
        this HelpdeskAppFactory app, string email, string password, string? returnUrl = null) =>
        await app.CreateBrowserLikeClient().PostLoginAsync(email, password, returnUrl);

    public static async Task<HttpResponseMessage> PostLoginAsync(
        this HttpClient client, string email, string password, string? returnUrl = null, bool rememberMe = false)
    {
        ArgumentNullException.ThrowIfNull(client);
        var page = returnUrl is null ? AccountPaths.Login : AccountPaths.LoginReturningTo(returnUrl);
        var token = await GetAntiforgeryTokenAsync(client, page);

        var fields = new Dictionary<string, string>
        {
            [TokenField] = token,
            ["_handler"] = "login",
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        };
        if (rememberMe)
        {
            fields["Input.RememberMe"] = "True";
        }

        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(page, UriKind.Relative), form, TestContext.Current.CancellationToken);
    }

    /// <summary>The antiforgery token from the first form on <paramref name="page"/> (also sets its cookie).</summary>
    public static async Task<string> GetAntiforgeryTokenAsync(this HttpClient client, string page)
    {
        ArgumentNullException.ThrowIfNull(client);
        // Read whatever the status: the access-denied page answers 403 and still holds a form.
        using var response = await client.GetAsync(new Uri(page, UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return AntiforgeryToken(html) ?? throw new InvalidOperationException($"{page} has no antiforgery token.");
    }

    public static string? AntiforgeryToken(string html)
    {
        var match = TokenInput().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups["token"].Value) : null;
    }

    /// <summary>Where a redirect points, as a local path and query ("/board"), whether the app wrote it absolute or not.</summary>
    public static string? RedirectTarget(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var location = response.Headers.Location;
        return location is null ? null : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    /// <summary>The error the login page shows, or null when it shows none.</summary>
    public static string? LoginProblem(string html)
    {
        var match = ProblemAlert().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups["text"].Value).Trim() : null;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<token>[^\"]+)\"")]
    private static partial Regex TokenInput();

    [GeneratedRegex("""data-testid="login-problem".*?class="mud-alert-message">(?<text>.*?)</div>""", RegexOptions.Singleline)]
    private static partial Regex ProblemAlert();
}
