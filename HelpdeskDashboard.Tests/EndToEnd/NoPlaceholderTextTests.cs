using System.Text.RegularExpressions;

namespace HelpdeskDashboard.Tests.EndToEnd;

/// <summary>
/// Issue 14, point 1: "_message" stood in a red alert on two manager pages (Message="_message" instead of "@_message").
/// Every page, as each role allowed there sees it once interactive, shows no bare field name or template placeholder.
/// </summary>
[Collection(DemoBrowserCollection.Name)]
public sealed partial class NoPlaceholderTextTests(DemoBrowserFixture browser)
{
    public static TheoryData<string, string> Visits => [.. AppPages.ByRole.SelectMany(role => role.Value.Select(path => (role.Key, path)))];

    [Fact]
    public void Every_routable_page_is_in_the_list()
    {
        var listed = AppPages.ByRole.Values.SelectMany(paths => paths).Concat(AppPages.Anonymous).Concat(AppPages.VisitedElsewhere);

        Assert.Empty(AppPages.Routes.Except(listed));
    }

    [Theory]
    [MemberData(nameof(Visits))]
    public async Task The_page_shows_no_field_name_or_placeholder(string email, string path)
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await page.SignInAsync(browser, email);
        await AppPages.OpenAsync(page, browser, await AppPages.PathAsync(page, browser, email, path));

        var text = await page.EvaluateAsync<string>("() => document.body.innerText");

        var found = Placeholder().Matches(text).Select(m => m.Value).Distinct().ToList();
        Assert.True(found.Count == 0, $"{path} as {email} shows: {string.Join(", ", found)}");
    }

    // A C# field ("_message"), an unrendered Razor expression ("@_count"; not the "@" of an address such as
    // "marco@plant-ops.example"), a format hole ("{0}", "{Name}"), filler.
    [GeneratedRegex(@"(?<![\w@.])_[a-z]\w*|(?<![\w.+-])@[_a-zA-Z]\w*\b(?!\.)|\{\d+\}|\{[A-Z][A-Za-z]*\}|\bTODO\b|\bLorem\b")]
    private static partial Regex Placeholder();
}
