using System.Text.RegularExpressions;
using HelpdeskDashboard.Features.Accounts;
using Microsoft.AspNetCore.Components;

namespace HelpdeskDashboard.Tests.EndToEnd;

/// <summary>
/// Issue 14, point 1: "_message" stood in a red alert on two manager pages (Message="_message" instead of "@_message").
/// Every page, as each role allowed there sees it once interactive, shows no bare field name or template placeholder.
/// </summary>
[Collection(DemoBrowserCollection.Name)]
public sealed partial class NoPlaceholderTextTests(DemoBrowserFixture browser)
{
    private static readonly Dictionary<string, string[]> PagesByRole = new()
    {
        [DemoSignIn.Agent] = ["/", "/board", "/tiers"],
        [DemoSignIn.Manager] = ["/manager/agents", "/manager/billing", "/manager/orders/import", "/manager/outbox", "/manager/tiers", "/manager/workload"],
        [DemoSignIn.Customer] = ["/portal", "/portal/profile", "/portal/tickets", "/portal/tickets/new"],
    };

    // Pages that need an id or are only reached by an error or a refusal are visited by their own tests.
    private static readonly string[] VisitedElsewhere = [AccountPaths.AccessDenied, AccountPaths.Login, "/Error", "/not-found", "/tickets/{Id:int}"];

    public static TheoryData<string, string> Visits => [.. PagesByRole.SelectMany(role => role.Value.Select(path => (role.Key, path)))];

    [Fact]
    public void Every_routable_page_is_in_the_list()
    {
        var routes = typeof(Program).Assembly.GetTypes()
            .SelectMany(type => type.GetCustomAttributes(typeof(RouteAttribute), inherit: false).Cast<RouteAttribute>())
            .Select(route => route.Template)
            .Except(VisitedElsewhere)
            .Order(StringComparer.Ordinal);

        Assert.Equal(routes, PagesByRole.Values.SelectMany(paths => paths).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Visits))]
    public async Task The_page_shows_no_field_name_or_placeholder(string email, string path)
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await page.SignInAsync(browser, email, path);
        await page.WaitForInteractiveAsync();
        await page.Locator("main h1").First.WaitForAsync();

        var text = await page.EvaluateAsync<string>("() => document.body.innerText");

        var found = Placeholder().Matches(text).Select(m => m.Value).Distinct().ToList();
        Assert.True(found.Count == 0, $"{path} as {email} shows: {string.Join(", ", found)}");
    }

    // A C# field ("_message"), an unrendered Razor expression ("@_count"), a format hole ("{0}", "{Name}"), filler.
    [GeneratedRegex(@"(?<![\w@.])_[a-z]\w*|@[_a-zA-Z]\w*\b(?!\.)|\{\d+\}|\{[A-Z][A-Za-z]*\}|\bTODO\b|\bLorem\b")]
    private static partial Regex Placeholder();
}
