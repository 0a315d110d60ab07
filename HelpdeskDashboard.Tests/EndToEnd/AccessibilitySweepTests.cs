using System.Text.Json;
using Microsoft.Playwright;

namespace HelpdeskDashboard.Tests.EndToEnd;

/// <summary>
/// Issue 14, proof: axe-core (pinned in Accessibility/package.json, installed by the build) on every page, for every role
/// allowed there and for visitors, light and dark, desktop and phone: no critical or serious violation.
/// </summary>
[Collection(DemoBrowserCollection.Name)]
public sealed class AccessibilitySweepTests(DemoBrowserFixture browser)
{
    public static TheoryData<string?, ColorScheme, int> Visits => new(
        from email in new[] { DemoSignIn.Agent, DemoSignIn.Manager, DemoSignIn.Customer, null }
        from scheme in new[] { ColorScheme.Light, ColorScheme.Dark }
        from width in new[] { PageVisit.DesktopWidth, PageVisit.PhoneWidth }
        select (email, scheme, width));

    [Theory]
    [MemberData(nameof(Visits))]
    public async Task Axe_finds_nothing_critical_or_serious(string? email, ColorScheme scheme, int width)
    {
        var visit = PageVisit.Of(email, scheme, width);
        // The app's Content-Security-Policy refuses injected scripts; this context ignores it to bring axe in.
        await using var session = await visit.StartAsync(browser, bypassCsp: true);
        var page = session.Page;
        var findings = new List<string>();
        foreach (var route in visit.Routes)
        {
            var path = await visit.OpenAsync(page, browser, route);
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = AxeCore.Source });
            var violations = await page.EvaluateAsync<JsonElement>(RunAxe);
            findings.AddRange(violations.EnumerateArray().Select(v => $"{path}: {v.GetString()}"));
        }

        Assert.True(findings.Count == 0, $"{visit}:\n{string.Join("\n", findings)}");
    }

    internal const string RunAxe = """
        async () => {
          const result = await axe.run(document, { resultTypes: ['violations'] });
          return result.violations
            .filter(v => v.impact === 'critical' || v.impact === 'serious')
            .map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`);
        }
        """;
}
