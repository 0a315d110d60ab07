using HelpdeskDashboard.Features.Sla;

using static HelpdeskDashboard.Tests.Features.Sla.Support.SlaTestKit;

namespace HelpdeskDashboard.Tests.Features.Sla;

/// <summary>The worked examples of notes/sla-examples.md (Mon–Fri 00:00–24:00, Europe/Berlin, 24/25 Dec 2026 holidays).</summary>
public sealed class SlaWorkedExamplesTests
{
    private readonly SlaEngine _engine = Engine();

    public static TheoryData<string, TimeSpan, string, string> Examples => new()
    {
        { "1: 24 h inside one week", Platinum, "Tue 2026-03-10 10:00", "Wed 2026-03-11 10:00" },
        { "2: 4 h Friday, weekend skipped, 20 h Monday", Platinum, "Fri 2026-03-13 20:00", "Mon 2026-03-16 20:00" },
        { "3: started on Saturday, the clock starts Monday 00:00", Platinum, "Sat 2026-03-14 11:00", "Mon 2026-03-16 24:00" },
        { "4: uses up Friday exactly, so due at Friday's end", Platinum, "Fri 2026-03-13 00:00", "Fri 2026-03-13 24:00" },
        { "5: Gold, 62 h to Friday's end, 10 h on Monday", Gold, "Wed 2026-03-11 10:00", "Mon 2026-03-16 10:00" },
        { "6: Gold, Thursday + Friday + Monday", Gold, "Thu 2026-03-12 00:00", "Mon 2026-03-16 24:00" },
        { "7: Christmas holidays and weekend skipped", Platinum, "Wed 2026-12-23 12:00", "Mon 2026-12-28 12:00" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Due_instant_is_known_from_the_first_customer_message(string label, TimeSpan target, string start, string due)
    {
        var reading = _engine.Read([CustomerWrites(start, target)], Local(start));

        Assert.True(Local(due) == reading.Due, $"{label}: due {reading.Due}");
        Assert.Equal(target, reading.Remaining);
        Assert.Equal(TimeSpan.Zero, reading.Elapsed);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void At_the_due_instant_the_whole_target_is_used_but_not_breached(string label, TimeSpan target, string start, string due)
    {
        var reading = _engine.Read([CustomerWrites(start, target)], Local(due));

        Assert.True(target == reading.Elapsed, $"{label}: elapsed {reading.Elapsed}");
        Assert.Equal(TimeSpan.Zero, reading.Remaining);
        Assert.False(reading.IsBreached);
        Assert.Equal(Local(due), reading.Due);
    }

    [Fact]
    public void Example_8_waiting_on_customer_moves_the_due_instant_by_the_paused_business_time()
    {
        SlaClockEvent[] events =
        [
            CustomerWrites("Tue 2026-03-10 10:00", Platinum),
            StatusBecomes("Tue 2026-03-10 12:00", SlaPauseReason.WaitingOnCustomer),
            StatusBecomes("Wed 2026-03-11 09:00", null),
        ];

        var reading = _engine.Read(events, Local("Wed 2026-03-11 09:00"));

        Assert.Equal(SlaState.Running, reading.State);
        Assert.Equal(Hours(2), reading.Elapsed);
        Assert.Equal(Hours(22), reading.Remaining);
        Assert.Equal(Local("Thu 2026-03-12 07:00"), reading.Due);
        Assert.False(reading.DueIsProjection);
    }

    [Fact]
    public void Example_8_while_waiting_the_due_instant_is_a_projection_as_if_the_clock_resumed_now()
    {
        SlaClockEvent[] events =
        [
            CustomerWrites("Tue 2026-03-10 10:00", Platinum),
            StatusBecomes("Tue 2026-03-10 12:00", SlaPauseReason.WaitingOnCustomer),
        ];

        var reading = _engine.Read(events, Local("Tue 2026-03-10 15:00"));

        Assert.Equal(SlaState.Paused, reading.State);
        Assert.Equal(SlaPauseReason.WaitingOnCustomer, reading.PauseReason);
        Assert.Equal(Hours(2), reading.Elapsed);
        Assert.Equal(Hours(22), reading.Remaining);
        Assert.True(reading.DueIsProjection);
        Assert.Equal(Local("Wed 2026-03-11 13:00"), reading.Due);
    }

    [Fact]
    public void Example_4_on_saturday_has_nothing_left_but_is_not_breached_and_resumes_on_monday()
    {
        var reading = _engine.Read([CustomerWrites("Fri 2026-03-13 00:00", Platinum)], Local("Sat 2026-03-14 10:00"));

        Assert.Equal(SlaState.OutsideBusinessHours, reading.State);
        Assert.Equal(TimeSpan.Zero, reading.Remaining);
        Assert.Equal(Platinum, reading.Elapsed);
        Assert.False(reading.IsBreached);
        Assert.True(reading.IsAtRisk);
        Assert.Equal(Local("Mon 2026-03-16 00:00"), reading.ResumesAt);
        Assert.Equal(Local("Fri 2026-03-13 24:00"), reading.Due);
    }

    [Fact]
    public void Example_4_an_agent_reply_on_saturday_meets_the_sla()
    {
        SlaClockEvent[] events = [CustomerWrites("Fri 2026-03-13 00:00", Platinum), AgentReplies("Sat 2026-03-14 10:00")];

        var reading = _engine.Read(events, Local("Mon 2026-03-16 10:00"));

        Assert.Equal(SlaState.Met, reading.State);
        Assert.Equal(TimeSpan.Zero, reading.Remaining);
        Assert.Null(reading.BreachedBy);
        Assert.Equal(Local("Sat 2026-03-14 10:00"), reading.StoppedAt);
    }

    [Theory]
    [InlineData("exactly Monday 00:00: still nothing over", 0, false)]
    [InlineData("one minute into Monday: breached by a minute", 1, true)]
    public void Example_4_breaches_only_once_the_clock_resumes_on_monday(string label, int minutesIntoMonday, bool breached)
    {
        var now = Local("Mon 2026-03-16 00:00").AddMinutes(minutesIntoMonday);

        var reading = _engine.Read([CustomerWrites("Fri 2026-03-13 00:00", Platinum)], now);

        Assert.True(breached == reading.IsBreached, label);
        Assert.Equal(breached ? SlaState.Breached : SlaState.AtRisk, reading.State);
        Assert.Equal(breached ? TimeSpan.FromMinutes(1) : null, reading.BreachedBy);
    }

    [Theory]
    [InlineData("Saturday 10:00", "Sat 2026-03-14 10:00")]
    [InlineData("Sunday 23:00", "Sun 2026-03-15 23:00")]
    public void Example_2_over_the_weekend_the_countdown_stands_still_at_20_hours(string label, string now)
    {
        var reading = _engine.Read([CustomerWrites("Fri 2026-03-13 20:00", Platinum)], Local(now));

        Assert.True(reading.State == SlaState.OutsideBusinessHours, label);
        Assert.Equal(Hours(20), reading.Remaining);
        Assert.False(reading.IsAtRisk);
        Assert.Equal(Local("Mon 2026-03-16 00:00"), reading.ResumesAt);
        Assert.Equal(Local("Mon 2026-03-16 20:00"), reading.Due);
    }
}
