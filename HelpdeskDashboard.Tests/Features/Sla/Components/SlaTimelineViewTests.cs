using Bunit;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Sla.Components;
using HelpdeskDashboard.Tests.Infrastructure;

using static HelpdeskDashboard.Tests.Features.Sla.Support.SlaTestKit;

namespace HelpdeskDashboard.Tests.Features.Sla.Components;

public sealed class SlaTimelineViewTests : BunitTestBase
{
    private IRenderedComponent<SlaTimelineView> RenderTimeline(string readAt, params SlaClockEvent[] events) =>
        Context.Render<SlaTimelineView>(parameters => parameters
            .Add(v => v.Timeline, Engine.Timeline(events, Local(readAt)))
            .Add(v => v.TimeZone, Zone));

    private static string[][] Rows(IRenderedComponent<SlaTimelineView> view, int cycle) =>
        [.. view.FindAll($"[data-cycle='{cycle}'] tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())];

    [Fact]
    public void A_late_reply_over_a_weekend_lists_counted_closed_and_overdue_time()
    {
        var view = RenderTimeline("Tue 2026-03-17 09:00",
            CustomerWrites("Fri 2026-03-13 20:00", Platinum), AgentReplies("Mon 2026-03-16 22:00"));

        Assert.Equal(
            [
                ["Counted", "Fri 13 Mar 2026, 20:00", "Sat 14 Mar 2026, 00:00", "4 h"],
                ["Closed (night, weekend or holiday)", "Sat 14 Mar 2026, 00:00", "Mon 16 Mar 2026, 00:00", "48 h"],
                ["Counted", "Mon 16 Mar 2026, 00:00", "Mon 16 Mar 2026, 20:00", "20 h"],
                ["Overdue", "Mon 16 Mar 2026, 20:00", "Mon 16 Mar 2026, 22:00", "2 h"],
            ],
            Rows(view, 1));
        Assert.Equal("Fri 13 Mar 2026, 20:00", view.Find("[data-fact='started']").TextContent);
        Assert.Equal("Mon 16 Mar 2026, 20:00", view.Find("[data-fact='due']").TextContent);
        Assert.Equal("Breached by 2 h: replied after 26 h of business time.", view.Find("[data-fact='outcome']").TextContent);
    }

    [Fact]
    public void Each_clock_is_listed_with_its_pauses()
    {
        var view = RenderTimeline("Wed 2026-03-11 12:00",
            CustomerWrites("Tue 2026-03-10 09:00", Platinum),
            StatusBecomes("Tue 2026-03-10 10:00", SlaPauseReason.WaitingOnCustomer),
            StatusBecomes("Tue 2026-03-10 11:00", null),
            AgentReplies("Tue 2026-03-10 12:00"),
            CustomerWrites("Wed 2026-03-11 09:00", Platinum));

        Assert.Equal(["Response clock 1 of 2", "Response clock 2 of 2"], view.FindAll("h3").Select(h => h.TextContent));
        Assert.Equal(["Counted", "Paused: waiting on customer", "Counted"], Rows(view, 1).Select(row => row[0]));
        Assert.Equal("Met: replied after 2 h of business time.", view.Find("[data-cycle='1'] [data-fact='outcome']").TextContent);
        Assert.Equal("On track: 21:00:00 of business time left to respond.", view.Find("[data-cycle='2'] [data-fact='outcome']").TextContent);
    }

    [Fact]
    public void Without_a_customer_message_there_is_no_clock()
    {
        var view = RenderTimeline("Tue 2026-03-10 12:00");

        Assert.Contains("No response clock has started", view.Find("[data-testid='no-clock']").TextContent, StringComparison.Ordinal);
        Assert.Empty(view.FindAll("article"));
    }
}
