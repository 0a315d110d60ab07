using System.Security.Claims;
using Bunit;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Assignment.Components;
using HelpdeskDashboard.Tests.Infrastructure;

namespace HelpdeskDashboard.Tests.Features.Assignment.Components;

public sealed class NotificationBellTests : BunitTestBase
{
    private const int AgentId = 7;

    private IRenderedComponent<NotificationBell> RenderBell()
    {
        var auth = Context.AddAuthorization();
        auth.SetAuthorized("agent@example.com");
        auth.SetClaims(new Claim(HelpdeskClaimTypes.AgentId, AgentId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return Context.Render<NotificationBell>();
    }

    private static string? Label(IRenderedComponent<NotificationBell> bell) =>
        bell.Find("[data-testid='notification-bell'] button").GetAttribute("aria-label");

    [Fact]
    public async Task A_notification_for_the_signed_in_agent_rings_the_bell_without_a_reload()
    {
        var bell = RenderBell();
        Assert.Equal("Notifications, none unread", Label(bell));

        // Sent from another circuit's thread, as the assignment service does.
        await Task.Run(() => Notifications.NotifyAsync(AgentId, 12, "Ticket #12 was assigned to you by Morgan Manager."), Xunit.TestContext.Current.CancellationToken);

        bell.WaitForAssertion(() => Assert.Equal("Notifications, 1 unread", Label(bell)));
    }

    [Fact]
    public void The_bell_is_one_control_not_a_button_inside_a_button()
    {
        var bell = RenderBell();

        var focusable = bell.FindAll("button, a[href], [tabindex]:not([tabindex='-1']), [role='button']");

        Assert.Equal("BUTTON", Assert.Single(focusable).TagName);
    }

    [Fact]
    public void Without_a_signed_in_agent_there_is_no_bell()
    {
        Context.AddAuthorization().SetAuthorized("customer@example.com");

        var bell = Context.Render<NotificationBell>();

        Assert.Empty(bell.FindAll("[data-testid='notification-bell']"));
    }
}
