using HelpdeskDashboard.Tests.Infrastructure;

namespace HelpdeskDashboard.Tests.Features.Portal.Tickets;

public sealed class PortalTicketsConfigurationStartupTests
{
    [Theory]
    [InlineData("relative address", "/forum", "PortalTickets:CommunityForumUrl: '/forum' is not an absolute http or https address.")]
    [InlineData("empty", "", "PortalTickets:CommunityForumUrl: must be set")]
    public async Task Bad_forum_address_stops_start_up_naming_the_setting(string label, string url, string expected)
    {
        _ = label;
        await using var app = new HelpdeskAppFactory();
        app.Settings["PortalTickets:CommunityForumUrl"] = url;

        var error = Record.Exception(() => app.CreateClient());

        var validation = StartupFailure.OptionsValidation(error);
        Assert.Contains(expected, validation.Message, StringComparison.Ordinal);
    }
}
