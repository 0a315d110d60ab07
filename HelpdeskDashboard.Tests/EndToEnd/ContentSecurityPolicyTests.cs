namespace HelpdeskDashboard.Tests.EndToEnd;

/// <summary>
/// Issue 15, point 11: under the Content-Security-Policy every page still becomes interactive in Chromium, and the
/// browser reports no violation (it logs each refused script, style or connection to the console).
/// </summary>
[Collection(DemoBrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests(DemoBrowserFixture browser)
{
    public static TheoryData<string, string, string[]> Visits => new()
    {
        { "agent", DemoSignIn.Agent, ["/board", "/"] },
        { "manager", DemoSignIn.Manager, ["/manager/workload", "/manager/orders/import"] },
        { "customer", DemoSignIn.Customer, ["/portal", "/portal/tickets"] },
    };

    [Theory]
    [MemberData(nameof(Visits))]
    public async Task Pages_run_under_the_policy_without_a_violation(string label, string email, string[] paths)
    {
        _ = label;
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Add(message.Text);
            }
        };

        await page.SignInAsync(browser, email);
        foreach (var path in paths)
        {
            await page.GotoAsync(browser.Url(path));
            await page.WaitForInteractiveAsync();
        }

        Assert.Empty(violations);
    }
}
