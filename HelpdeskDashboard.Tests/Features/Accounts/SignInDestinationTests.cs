using HelpdeskDashboard.Features.Accounts;

namespace HelpdeskDashboard.Tests.Features.Accounts;

public sealed class SignInDestinationTests
{
    public static TheoryData<string, string?, bool> Urls => new()
    {
        { "root", "/", true },
        { "page", "/board", true },
        { "page with query", "/tiers?tier=gold#top", true },
        { "nothing", null, false },
        { "empty", "", false },
        { "relative without slash", "board", false },
        { "absolute http", "http://evil.example/", false },
        { "protocol-relative", "//evil.example", false },
        { "slash backslash", "/\\evil.example", false },
        { "javascript", "javascript:alert(1)", false },
        { "control character", "/board\r\nSet-Cookie: x=y", false },
    };

    [Theory]
    [MemberData(nameof(Urls))]
    public void Only_paths_on_this_site_count_as_local(string label, string? url, bool expected)
    {
        _ = label;
        Assert.Equal(expected, SignInDestination.IsLocalUrl(url));
    }
}
