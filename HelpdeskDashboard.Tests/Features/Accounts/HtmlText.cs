using System.Net;
using System.Text.RegularExpressions;

namespace HelpdeskDashboard.Tests.Features.Accounts;

internal static partial class HtmlText
{
    /// <summary>The text of the element marked data-testid="<paramref name="testId"/>", or null when there is none.</summary>
    public static string? ByTestId(string html, string testId)
    {
        var match = TestIdElement().Matches(html).FirstOrDefault(m => m.Groups["id"].Value == testId);
        return match is null ? null : WebUtility.HtmlDecode(match.Groups["text"].Value).Trim();
    }

    [GeneratedRegex("""data-testid="(?<id>[^"]+)"[^>]*>(?<text>[^<]*)<""")]
    private static partial Regex TestIdElement();
}
