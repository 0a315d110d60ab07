using Bunit;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.Details;
using HelpdeskDashboard.Features.Tickets.Workflow;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Tests.Features.Tickets.Support;
using Microsoft.Extensions.DependencyInjection;

using static HelpdeskDashboard.Tests.Features.Sla.Support.SlaTestKit;

namespace HelpdeskDashboard.Tests.Features.Tickets.Details;

/// <summary>The ticket page shows every time in the signed-in viewer's own zone, not the company's.</summary>
public sealed class TicketPageTimeZoneTests : TicketUiTestContext
{
    private static readonly TimeZoneInfo FiveHoursWest =
        TimeZoneInfo.CreateCustomTimeZone("Test/FiveHoursWest", TimeSpan.FromHours(-5), "Five hours west", "Five hours west");

    private readonly FakeTicketDetailsQuery _query = new();

    public TicketPageTimeZoneTests()
    {
        Context.Services.AddSingleton<ITicketDetailsQuery>(_query);
        Context.Services.AddSingleton<ITicketWorkflow>(new FakeTicketWorkflow());
        SlaClockEvent[] events = [CustomerWrites("Tue 2026-03-10 10:00", Platinum)];
        var now = Time.GetUtcNow();
        _query.Ticket = new TicketDetails(
            42, 1, "Printer on fire", TicketKind.SupportInquiry, TicketStatus.Open, CustomerId: 3, CustomerName: "Acme GmbH",
            Tier.Platinum, null, null, Created: Local("Tue 2026-03-10 10:00"), AwaitingResponse: true,
            Messages: [new(1, MessageAuthorKind.Customer, "Casey Customer", "It is burning.", Local("Tue 2026-03-10 10:00"), IsInternalNote: false, Attachments: [])],
            Sla: Engine.Read(events, now),
            Timeline: Engine.Timeline(events, now));
    }

    [Fact]
    public void Due_time_and_message_times_follow_the_viewers_zone()
    {
        ViewerZone.Zone = FiveHoursWest;

        var page = Context.Render<TicketPage>(parameters => parameters.Add(p => p.Id, 42));

        // Berlin is UTC+1 in March: due Wednesday 10:00 there is 04:00 five hours west; written Tuesday 10:00 is 04:00.
        page.WaitForAssertion(() => Assert.Equal("Wed 11 Mar 2026, 04:00", page.Find("[data-fact='due']").TextContent.Trim()));
        Assert.Equal("FiveHoursWest (UTC\u221205:00)", page.Find("[data-fact='zone']").TextContent.Trim());
        Assert.Contains("Tue 10 Mar 2026, 04:00", page.Find(".ticket-conversation__list time").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_viewer_in_the_company_zone_sees_company_times()
    {
        var page = Context.Render<TicketPage>(parameters => parameters.Add(p => p.Id, 42));

        page.WaitForAssertion(() => Assert.Equal("Wed 11 Mar 2026, 10:00", page.Find("[data-fact='due']").TextContent.Trim()));
        Assert.Equal("Berlin (UTC+01:00)", page.Find("[data-fact='zone']").TextContent.Trim());
    }
}
