using HelpdeskDashboard.Features.Sla;

using static HelpdeskDashboard.Tests.Features.Sla.Support.SlaTestKit;

namespace HelpdeskDashboard.Tests.Features.Sla.Components;

public sealed class SlaTimelineTextTests
{
    private static readonly SlaEngine Engine = Engine(DefaultCalendar());

    public static TheoryData<string, SlaClockEvent[], string, string, string> Clocks => new()
    {
        // label, events, read at, outcome, due
        { "replied in time", [CustomerWrites("Tue 2026-03-10 10:00", Platinum), AgentReplies("Tue 2026-03-10 12:00")], "Tue 2026-03-10 15:00",
            "Met: replied after 2 h of business time.", "Wed 11 Mar 2026, 10:00" },
        { "resolved in time", [CustomerWrites("Tue 2026-03-10 10:00", Platinum), TicketResolved("Tue 2026-03-10 12:00")], "Tue 2026-03-10 15:00",
            "Met: resolved after 2 h of business time.", "Wed 11 Mar 2026, 10:00" },
        { "replied late", [CustomerWrites("Tue 2026-03-10 10:00", Platinum), AgentReplies("Wed 2026-03-11 12:30")], "Wed 2026-03-11 15:00",
            "Breached by 2 h 30 min: replied after 26 h 30 min of business time.", "Wed 11 Mar 2026, 10:00" },
        { "running", [CustomerWrites("Tue 2026-03-10 10:00", Platinum)], "Tue 2026-03-10 11:00",
            "On track: 23:00:00 of business time left to respond.", "Wed 11 Mar 2026, 10:00" },
        { "paused shows a projected due", [CustomerWrites("Tue 2026-03-10 10:00", Platinum), StatusBecomes("Tue 2026-03-10 12:00", SlaPauseReason.OnHold)],
            "Tue 2026-03-10 15:00", "Paused (on hold): 22:00:00 of business time left; the clock stands still.", "Wed 11 Mar 2026, 13:00 if the clock resumed now" },
        { "no target, still open", [CustomerWrites("Tue 2026-03-10 10:00", null)], "Tue 2026-03-10 13:00",
            "No response target; 3 h of business time so far.", "No due time" },
        { "no target, replied", [CustomerWrites("Tue 2026-03-10 10:00", null), AgentReplies("Tue 2026-03-10 11:00")], "Tue 2026-03-10 13:00",
            "No response target; replied after 1 h of business time.", "No due time" },
    };

    [Theory]
    [MemberData(nameof(Clocks))]
    public void Each_clock_says_how_it_ended_and_when_it_was_due(string label, SlaClockEvent[] events, string readAt, string outcome, string due)
    {
        var reading = Engine.Read(events, Local(readAt));

        Assert.True((outcome, due) == (SlaTimelineText.Outcome(reading, Berlin), SlaTimelineText.Due(reading, Berlin)),
            $"{label}: got '{SlaTimelineText.Outcome(reading, Berlin)}', '{SlaTimelineText.Due(reading, Berlin)}'");
    }

    [Theory]
    [InlineData(SlaSegmentKind.Counted, null, "Counted")]
    [InlineData(SlaSegmentKind.Overdue, null, "Overdue")]
    [InlineData(SlaSegmentKind.Closed, null, "Closed (night, weekend or holiday)")]
    [InlineData(SlaSegmentKind.Paused, SlaPauseReason.WaitingOnCustomer, "Paused: waiting on customer")]
    [InlineData(SlaSegmentKind.Paused, SlaPauseReason.OnHold, "Paused: on hold")]
    public void Segments_read_as_words(SlaSegmentKind kind, SlaPauseReason? reason, string expected)
    {
        var segment = new SlaTimelineSegment(kind, Local("Tue 2026-03-10 10:00"), Local("Tue 2026-03-10 11:00"), reason);

        Assert.Equal(expected, SlaTimelineText.Segment(segment));
    }

    [Theory]
    [InlineData(24.0, "24 business hours")]
    [InlineData(72.0, "72 business hours")]
    [InlineData(null, "No response target")]
    public void Targets_read_as_business_time(double? hours, string expected) =>
        Assert.Equal(expected, SlaTimelineText.Target(hours is { } h ? Hours(h) : null));
}
