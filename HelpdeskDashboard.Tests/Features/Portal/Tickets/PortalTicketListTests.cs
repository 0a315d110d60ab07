using Bunit;
using HelpdeskDashboard.Features.Portal.Tickets;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Tests.Infrastructure;

using static HelpdeskDashboard.Tests.Features.Sla.Support.SlaTestKit;

namespace HelpdeskDashboard.Tests.Features.Portal.Tickets;

public sealed class PortalTicketListTests : BunitTestBase
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Fact]
    public void A_breached_clock_tells_the_customer_that_they_are_still_waiting()
    {
        var list = RenderList(Row(8, ReadNow(CustomerWrites("Thu 2026-03-05 10:00", Platinum))));

        var label = list.Find("[data-ticket-id='8'] [data-cell='countdown'] .sla-countdown").GetAttribute("aria-label");

        Assert.Equal("Breached: time since the response target passed; you are still waiting for a reply.", label);
    }

    private IRenderedComponent<PortalTicketList> RenderList(params PortalTicketRow[] rows) =>
        Context.Render<PortalTicketList>(parameters => parameters.Add(l => l.Rows, rows).Add(l => l.TimeZone, NewYork));

    private PortalTicketRow Row(int id, SlaReading reading, string assignee = "Ana", TicketStatus status = TicketStatus.New) =>
        new(id, $"Subject {id}", TicketKind.SupportInquiry, status, assignee, Time.GetUtcNow(), reading);

    [Fact]
    public void Countdown_runs_and_the_due_time_reads_in_the_customers_zone()
    {
        // Tue 10:00 Berlin + 72 business hours = Fri 10:00 Berlin = 05:00 in New York (already on summer time on 13 March).
        var list = RenderList(Row(7, ReadNow(CustomerWrites("Tue 2026-03-10 10:00", Gold))));
        var countdown = list.Find("[data-ticket-id='7'] [data-cell='countdown'] .sla-countdown__text");
        var before = countdown.TextContent;

        AdvanceSeconds(1);

        Assert.NotEqual(before, list.Find("[data-ticket-id='7'] [data-cell='countdown'] .sla-countdown__text").TextContent);
        Assert.Equal("Fri 13 Mar 2026, 05:00, New York (UTC\u221204:00)", list.Find("[data-ticket-id='7'] [data-cell='due']").TextContent);
        Assert.Contains("Due times are shown in New York (UTC\u221204:00).", list.Find("caption").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Row_shows_status_first_name_and_links_to_the_ticket()
    {
        var list = RenderList(Row(9, ReadNow(), assignee: "Jonas", status: TicketStatus.WaitingOnCustomer));

        Assert.Equal("Jonas", list.Find("[data-cell='assignee']").TextContent);
        Assert.Equal("Waiting on customer", list.Find("[data-cell='status']").TextContent);
        Assert.Equal("tickets/9", list.Find("[data-testid='ticket-link']").GetAttribute("href"));
    }

    [Fact]
    public void No_tickets_says_so()
    {
        var list = RenderList();

        Assert.Equal("You have no tickets yet.", list.Find("[data-testid='no-tickets']").TextContent);
        Assert.Empty(list.FindAll("table"));
    }
}
