using System.Net;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Tests.Infrastructure;

namespace HelpdeskDashboard.Tests.ScaleOut;

/// <summary>Two app processes behind one (imagined) load balancer: a request may land on either.</summary>
public sealed class SharedSignInTests
{
    [Fact]
    public async Task A_sign_in_on_one_instance_and_its_antiforgery_token_are_accepted_by_the_other()
    {
        Assert.SkipUnless(TestDatabases.IsPostgreSql, "Scale-out runs on PostgreSQL only (HELPDESK_TEST_PROVIDER=PostgreSQL).");
        await using var cluster = ScaleOutCluster.Create();
        await cluster.StartAsync();
        var cookies = new CookieContainer();
        using var onA = cluster.A.CreateClient(cookies);
        using var onB = cluster.B.CreateClient(cookies);

        using (var signIn = await onA.PostLoginAsync(AppProcess.ManagerEmail, AppProcess.ManagerPassword))
        {
            Assert.True(signIn.StatusCode == HttpStatusCode.Redirect, $"Signing in on A answered {(int)signIn.StatusCode}.{Environment.NewLine}{cluster.Logs()}");
        }

        // The cookie A issued opens a signed-in page on B: both read one data-protection key ring from the database.
        using (var board = await onB.GetAsync(new Uri(AccountPaths.AgentHome, UriKind.Relative), TestContext.Current.CancellationToken))
        {
            Assert.True(board.StatusCode == HttpStatusCode.OK, $"B answered {(int)board.StatusCode} ({board.RedirectTarget()}) for A's sign-in.{Environment.NewLine}{cluster.Logs()}");
        }

        // A form A rendered posts to B: its antiforgery token validates there too (the sign-out form in every page's app bar).
        var token = await onA.GetAntiforgeryTokenAsync("/");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { [SignInClient.TokenField] = token });
        using var signOut = await onB.PostAsync(new Uri(AccountPaths.Logout, UriKind.Relative), form, TestContext.Current.CancellationToken);
        Assert.True(signOut.StatusCode == HttpStatusCode.Redirect, $"B answered {(int)signOut.StatusCode} to A's antiforgery token.{Environment.NewLine}{cluster.Logs()}");
    }
}
