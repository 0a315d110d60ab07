using CsCheck;
using HelpdeskDashboard.Features.Sla;

using static HelpdeskDashboard.Features.Sla.SlaSegmentKind;
using static HelpdeskDashboard.Tests.Features.Sla.Support.SlaTestKit;

namespace HelpdeskDashboard.Tests.Features.Sla;

public sealed class SlaTimelineTests
{
    private static readonly DateOnly HolidayMonday = new(2026, 3, 16);

    private static SlaTimelineSegment Segment(SlaSegmentKind kind, string start, string end, SlaPauseReason? reason = null) =>
        new(kind, Local(start), Local(end), reason);

    [Fact]
    public void Office_hours_ticket_over_a_weekend_and_a_holiday_shows_counted_paused_and_closed_stretches()
    {
        var engine = Engine(OfficeHoursCalendar(HolidayMonday));
        SlaClockEvent[] events =
        [
            CustomerWrites("Thu 2026-03-12 15:00", Platinum),
            StatusBecomes("Fri 2026-03-13 10:00", SlaPauseReason.WaitingOnCustomer),
            StatusBecomes("Fri 2026-03-13 11:00", null),
            AgentNotes("Tue 2026-03-17 10:00"),
            AgentReplies("Wed 2026-03-18 11:00"),
        ];

        var cycle = Assert.Single(engine.Timeline(events, Local("Fri 2026-03-20 12:00")).Cycles);

        SlaTimelineSegment[] expected =
        [
            Segment(Counted, "Thu 2026-03-12 15:00", "Thu 2026-03-12 17:00"),
            Segment(Closed, "Thu 2026-03-12 17:00", "Fri 2026-03-13 09:00"),
            Segment(Counted, "Fri 2026-03-13 09:00", "Fri 2026-03-13 10:00"),
            Segment(Paused, "Fri 2026-03-13 10:00", "Fri 2026-03-13 11:00", SlaPauseReason.WaitingOnCustomer),
            Segment(Counted, "Fri 2026-03-13 11:00", "Fri 2026-03-13 17:00"),
            Segment(Closed, "Fri 2026-03-13 17:00", "Tue 2026-03-17 09:00"), // weekend and the Monday holiday
            Segment(Counted, "Tue 2026-03-17 09:00", "Tue 2026-03-17 17:00"),
            Segment(Closed, "Tue 2026-03-17 17:00", "Wed 2026-03-18 09:00"),
            Segment(Counted, "Wed 2026-03-18 09:00", "Wed 2026-03-18 11:00"),
        ];
        Assert.Equal(expected, cycle.Segments);
        Assert.Equal(SlaState.Met, cycle.Reading.State);
        Assert.Equal(Hours(19), cycle.Reading.Elapsed);
        Assert.Equal(Hours(5), cycle.Reading.Remaining);
        Assert.Equal(Local("Wed 2026-03-18 16:00"), cycle.Reading.Due);
    }

    [Fact]
    public void Late_reply_over_christmas_shows_the_overdue_stretch_after_the_due_instant()
    {
        SlaClockEvent[] events = [CustomerWrites("Wed 2026-12-23 12:00", Platinum), AgentReplies("Mon 2026-12-28 14:00")];

        var cycle = Assert.Single(Engine().Timeline(events, Local("Tue 2026-12-29 09:00")).Cycles);

        SlaTimelineSegment[] expected =
        [
            Segment(Counted, "Wed 2026-12-23 12:00", "Wed 2026-12-23 24:00"),
            Segment(Closed, "Thu 2026-12-24 00:00", "Mon 2026-12-28 00:00"), // two holidays and the weekend
            Segment(Counted, "Mon 2026-12-28 00:00", "Mon 2026-12-28 12:00"),
            Segment(Overdue, "Mon 2026-12-28 12:00", "Mon 2026-12-28 14:00"),
        ];
        Assert.Equal(expected, cycle.Segments);
        Assert.Equal(SlaState.Breached, cycle.Reading.State);
        Assert.Equal(Hours(2), cycle.Reading.BreachedBy);
        Assert.Equal(Local("Mon 2026-12-28 12:00"), cycle.Reading.Due);
    }

    [Fact]
    public void Target_used_up_at_closing_time_makes_the_next_open_day_overdue_from_its_start()
    {
        var engine = Engine(OfficeHoursCalendar());

        var cycle = Assert.Single(engine.Timeline([CustomerWrites("Mon 2026-03-09 09:00", Platinum)], Local("Thu 2026-03-12 10:00")).Cycles);

        Assert.Equal(Local("Wed 2026-03-11 17:00"), cycle.Reading.Due);
        Assert.Equal(Segment(Closed, "Wed 2026-03-11 17:00", "Thu 2026-03-12 09:00"), cycle.Segments[^2]);
        Assert.Equal(Segment(Overdue, "Thu 2026-03-12 09:00", "Thu 2026-03-12 10:00"), cycle.Segments[^1]);
        Assert.DoesNotContain(cycle.Segments.SkipLast(1), s => s.Kind == Overdue);
    }

    [Fact]
    public void A_running_clock_ends_its_timeline_at_the_reading_instant()
    {
        var cycle = Assert.Single(Engine().Timeline([CustomerWrites("Fri 2026-03-13 20:00", Platinum)], Local("Sat 2026-03-14 10:00")).Cycles);

        SlaTimelineSegment[] expected =
        [
            Segment(Counted, "Fri 2026-03-13 20:00", "Fri 2026-03-13 24:00"),
            Segment(Closed, "Sat 2026-03-14 00:00", "Sat 2026-03-14 10:00"),
        ];
        Assert.Equal(expected, cycle.Segments);
        Assert.Equal(SlaState.OutsideBusinessHours, cycle.Reading.State);
    }

    [Fact]
    public void Every_clock_of_the_ticket_is_on_the_timeline_with_its_own_outcome()
    {
        SlaClockEvent[] events =
        [
            CustomerWrites("Tue 2026-03-10 10:00", Platinum),
            AgentReplies("Wed 2026-03-11 12:00"),
            CustomerWrites("Thu 2026-03-12 09:00", null),
            AgentReplies("Thu 2026-03-12 10:00"),
            CustomerWrites("Thu 2026-03-12 11:00", Gold),
        ];
        var engine = Engine();

        var timeline = engine.Timeline(events, Local("Thu 2026-03-12 12:00"));

        Assert.Equal([SlaState.Breached, SlaState.NoSla, SlaState.Running], timeline.Cycles.Select(c => c.Reading.State));
        Assert.Equal(Hours(2), timeline.Cycles[0].Reading.BreachedBy);
        Assert.Equal(Hours(1), timeline.Cycles[1].Reading.Elapsed);
        Assert.Equal(engine.Read(events, Local("Thu 2026-03-12 12:00")), timeline.Cycles[^1].Reading);
    }

    [Fact]
    public void A_ticket_without_customer_messages_has_an_empty_timeline()
    {
        Assert.Empty(Engine().Timeline([AgentNotes("Tue 2026-03-10 10:00")], Local("Tue 2026-03-10 11:00")).Cycles);
    }

    /// <summary>Random event histories on an office-hours calendar with a holiday: the timeline always adds up.</summary>
    [Fact]
    public void Timeline_segments_always_cover_each_clock_without_gaps_and_add_up_to_its_reading()
    {
        var calendar = OfficeHoursCalendar(HolidayMonday);
        var engine = Engine(calendar);
        var origin = Local("Mon 2026-03-09 00:00");
        TimeSpan?[] targets = [null, Hours(8), Platinum, Gold];
        SlaPauseReason?[] pauses = [null, SlaPauseReason.WaitingOnCustomer, SlaPauseReason.OnHold];
        var fortnightInMinutes = 14 * 24 * 60;

        var genEvent = Gen.Select(Gen.Int[0, 4], Gen.Int[0, fortnightInMinutes], Gen.Int[0, targets.Length - 1], Gen.Int[0, pauses.Length - 1],
            (kind, minute, target, pause) =>
            {
                var at = origin.AddMinutes(minute);
                return kind switch
                {
                    0 => (SlaClockEvent)new SlaClockEvent.CustomerMessage(at, targets[target]),
                    1 => new SlaClockEvent.AgentReply(at),
                    2 => new SlaClockEvent.InternalNote(at),
                    3 => new SlaClockEvent.StatusChanged(at, pauses[pause]),
                    _ => new SlaClockEvent.Resolved(at),
                };
            });
        var genCase = Gen.Select(genEvent.Array[0, 10], Gen.Int[0, fortnightInMinutes + 2 * 24 * 60]);

        genCase.Sample((events, nowMinute) =>
        {
            var now = origin.AddMinutes(nowMinute);
            var timeline = engine.Timeline(events, now);
            DateTimeOffset? previousStop = null;
            foreach (var (reading, segments) in timeline.Cycles.Select(c => (c.Reading, c.Segments)))
            {
                var end = reading.StoppedAt ?? now;
                Assert.True(previousStop is { } stop && stop <= reading.ClockStartedAt || previousStop is null, "clocks overlap");
                previousStop = reading.StoppedAt;

                var cursor = reading.ClockStartedAt!.Value;
                foreach (var segment in segments)
                {
                    Assert.Equal(cursor, segment.Start);
                    Assert.True(segment.End > segment.Start);
                    Assert.Equal(segment.Kind == Paused, segment.PauseReason is not null);
                    var business = calendar.BusinessTimeBetween(segment.Start, segment.End);
                    if (segment.Kind is Counted or Overdue)
                    {
                        Assert.Equal(segment.Duration, business);
                    }
                    else if (segment.Kind == Closed)
                    {
                        Assert.Equal(TimeSpan.Zero, business);
                    }

                    cursor = segment.End;
                }

                Assert.Equal(end, cursor);
                Assert.Equal(reading.Elapsed, Sum(segments, Counted, Overdue));
                Assert.Equal(reading.BreachedBy ?? TimeSpan.Zero, Sum(segments, Overdue));
                Assert.Equal(reading.Target - reading.Elapsed, reading.Remaining);
                if (reading.Target is { } target && reading.Elapsed >= target)
                {
                    // Once reached, the due instant is where the counted time reaches the target.
                    Assert.Equal(target, CountedBefore(segments, reading.Due!.Value));
                }
            }
        }, iter: 2000);
    }

    private static TimeSpan CountedBefore(IEnumerable<SlaTimelineSegment> segments, DateTimeOffset instant) =>
        Sum(segments.Where(s => s.Start < instant).Select(s => s.End > instant ? s with { End = instant } : s), Counted, Overdue);

    private static TimeSpan Sum(IEnumerable<SlaTimelineSegment> segments, params SlaSegmentKind[] kinds) =>
        segments.Where(s => kinds.Contains(s.Kind)).Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Duration);
}
