using HelpdeskDashboard.Features.Sla;

using static HelpdeskDashboard.Tests.Features.Sla.Support.SlaTestKit;

namespace HelpdeskDashboard.Tests.Features.Sla;

/// <summary>
/// A synthetic zone (UTC+1, summer time from Tuesday 2026-03-10 02:00 to 03:00) so the clock change falls on an open
/// weekday: the clock counts real hours, so the short Tuesday has 23 of them.
/// </summary>
public sealed class SlaDaylightSavingTests
{
    private static readonly TimeSpan Winter = TimeSpan.FromHours(1);
    private static readonly TimeSpan Summer = TimeSpan.FromHours(2);

    private static readonly TimeZoneInfo SpringOnTuesday = TimeZoneInfo.CreateCustomTimeZone(
        "Test/SpringOnTuesday", Winter, "Spring forward on Tuesday", "Winter", "Summer",
        [
            TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
                new DateTime(2026, 1, 1), new DateTime(2026, 12, 31), TimeSpan.FromHours(1),
                TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 10),
                TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, 3, 0, 0), 10, 27)),
        ]);

    private readonly SlaEngine _engine = Engine(new BusinessCalendar(new BusinessCalendarOptions(), SpringOnTuesday));

    private static DateTimeOffset At(int day, int hour, TimeSpan offset) => new(2026, 3, day, hour, 0, 0, offset);

    [Fact]
    public void A_day_that_springs_forward_counts_23_hours_so_the_deadline_is_an_hour_later_on_the_clock()
    {
        var started = At(10, 0, Winter);

        var atStart = _engine.Read([new SlaClockEvent.CustomerMessage(started, Platinum)], started);
        var atMidnight = _engine.Read([new SlaClockEvent.CustomerMessage(started, Platinum)], At(11, 0, Summer));

        Assert.Equal(At(11, 1, Summer), atStart.Due);
        Assert.Equal((Hours(23), Hours(1)), (atMidnight.Elapsed, atMidnight.Remaining!.Value));
    }

    [Fact]
    public void A_pause_across_the_clock_change_leaves_out_its_real_duration()
    {
        SlaClockEvent[] events =
        [
            new SlaClockEvent.CustomerMessage(At(10, 0, Winter), Platinum),
            new SlaClockEvent.StatusChanged(At(10, 1, Winter), SlaPauseReason.OnHold),
            new SlaClockEvent.StatusChanged(At(10, 4, Summer), null), // 01:00 to 04:00 on the clock is 2 real hours
        ];

        var reading = _engine.Read(events, At(10, 6, Summer));

        Assert.Equal(Hours(3), reading.Elapsed);
        Assert.Equal(At(11, 3, Summer), reading.Due);
    }
}
