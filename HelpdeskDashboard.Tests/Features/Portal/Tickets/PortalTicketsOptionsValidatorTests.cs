using HelpdeskDashboard.Features.Portal.Tickets;

namespace HelpdeskDashboard.Tests.Features.Portal.Tickets;

public sealed class PortalTicketsOptionsValidatorTests
{
    [Theory]
    [InlineData("missing", "", "must be set to the community forum's address (Basic customers are sent there).")]
    [InlineData("relative", "/forum", "'/forum' is not an absolute http or https address.")]
    [InlineData("another scheme", "ftp://forum.example.com", "'ftp://forum.example.com' is not an absolute http or https address.")]
    public void Bad_forum_address_is_refused(string label, string url, string message)
    {
        _ = label;
        var result = new PortalTicketsOptionsValidator().Validate(new PortalTicketsOptions { CommunityForumUrl = url });

        Assert.Equal([message], result.Errors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void Https_address_is_accepted() =>
        Assert.True(new PortalTicketsOptionsValidator().Validate(new PortalTicketsOptions { CommunityForumUrl = "https://community.example.com/" }).IsValid);
}
