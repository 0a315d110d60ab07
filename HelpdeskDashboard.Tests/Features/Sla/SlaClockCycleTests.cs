using HelpdeskDashboard.Features.Sla;

using static HelpdeskDashboard.Tests.Features.Sla.Support.SlaTestKit;

namespace HelpdeskDashboard.Tests.Features.Sla;

/// <summary>What starts, stops and pauses a response clock (default calendar, Platinum started Tue 2026-03-10 10:00).</summary>
public sealed class SlaClockCycleTests
{
    private const string Start = "Tue 2026-03-10 10:00";
    private const string Friday = "Fri 2026-03-13 10:00";
    private readonly SlaEngine _engine = Engine();

    public static TheoryData<string, SlaClockEvent, SlaState, SlaStopReason, double> Stops => new()
    {
        { "reply before the due instant: met with 18 h to spare", AgentReplies("Tue 2026-03-10 16:00"), SlaState.Met, SlaStopReason.AgentReply, 18 },
        { "reply exactly at the due instant: met with nothing to spare", AgentReplies("Wed 2026-03-11 10:00"), SlaState.Met, SlaStopReason.AgentReply, 0 },
        { "reply after the due instant: breached by 3.5 h", AgentReplies("Wed 2026-03-11 13:30"), SlaState.Breached, SlaStopReason.AgentReply, -3.5 },
        { "resolution without a reply stops the clock like a reply", TicketResolved("Tue 2026-03-10 16:00"), SlaState.Met, SlaStopReason.Resolved, 18 },
        { "late resolution: breached by 2 h", TicketResolved("Wed 2026-03-11 12:00"), SlaState.Breached, SlaStopReason.Resolved, -2 },
    };

    [Theory]
    [MemberData(nameof(Stops))]
    public void A_stopped_clock_is_met_or_breached_by_how_much_and_stays_so(
        string label, SlaClockEvent stop, SlaState expected, SlaStopReason stopReason, double remainingHours)
    {
        var reading = _engine.Read([CustomerWrites(Start, Platinum), stop], Local(Friday));

        Assert.True(expected == reading.State, $"{label}: {reading.State}");
        Assert.Equal(stopReason, reading.StopReason);
        Assert.Equal(stop.At, reading.StoppedAt);
        Assert.Equal(Hours(remainingHours), reading.Remaining);
        Assert.Equal(remainingHours < 0 ? Hours(-remainingHours) : null, reading.BreachedBy);
        Assert.Equal(Local("Wed 2026-03-11 10:00"), reading.Due);
        Assert.False(reading.IsAtRisk);
        Assert.Null(reading.ResumesAt);
    }

    [Fact]
    public void Internal_notes_do_not_stop_the_clock()
    {
        SlaClockEvent[] events = [CustomerWrites(Start, Platinum), AgentNotes("Tue 2026-03-10 11:00")];

        var reading = _engine.Read(events, Local("Tue 2026-03-10 12:00"));

        Assert.Equal(SlaState.Running, reading.State);
        Assert.Null(reading.StoppedAt);
        Assert.Equal(Hours(2), reading.Elapsed);
    }

    [Fact]
    public void A_customer_message_while_the_clock_runs_does_not_restart_it_or_change_its_target()
    {
        SlaClockEvent[] events = [CustomerWrites(Start, Platinum), CustomerWrites("Tue 2026-03-10 14:00", Gold)];

        var reading = _engine.Read(events, Local("Tue 2026-03-10 16:00"));

        Assert.Equal(Local(Start), reading.ClockStartedAt);
        Assert.Equal(Platinum, reading.Target);
        Assert.Equal(Hours(6), reading.Elapsed);
    }

    [Fact]
    public void A_customer_message_after_a_reply_starts_a_new_clock_with_the_target_of_that_moment()
    {
        SlaClockEvent[] events =
        [
            CustomerWrites(Start, Gold),
            AgentReplies("Tue 2026-03-10 12:00"),
            CustomerWrites("Wed 2026-03-11 09:00", Platinum), // upgraded to Platinum in between
        ];

        var reading = _engine.Read(events, Local("Wed 2026-03-11 10:00"));

        Assert.Equal(SlaState.Running, reading.State);
        Assert.Equal(Local("Wed 2026-03-11 09:00"), reading.ClockStartedAt);
        Assert.Equal(Platinum, reading.Target);
        Assert.Equal(Hours(1), reading.Elapsed);
        Assert.Equal(Local("Thu 2026-03-12 09:00"), reading.Due);
    }

    [Fact]
    public void A_customer_message_after_resolution_reopens_with_a_new_clock()
    {
        SlaClockEvent[] events =
        [
            CustomerWrites(Start, Platinum),
            StatusBecomes("Tue 2026-03-10 11:00", SlaPauseReason.WaitingOnCustomer),
            TicketResolved("Tue 2026-03-10 12:00"),
            CustomerWrites("Thu 2026-03-12 08:00", Platinum),
        ];

        var reading = _engine.Read(events, Local("Thu 2026-03-12 10:00"));

        // Resolution ended the pause, so the reopened clock runs.
        Assert.Equal(SlaState.Running, reading.State);
        Assert.Equal(Local("Thu 2026-03-12 08:00"), reading.ClockStartedAt);
        Assert.Equal(Hours(2), reading.Elapsed);
    }

    [Fact]
    public void A_clock_that_starts_while_the_ticket_waits_on_the_customer_stays_paused_until_the_status_changes()
    {
        SlaClockEvent[] events =
        [
            CustomerWrites(Start, Platinum),
            AgentReplies("Tue 2026-03-10 11:00"),
            StatusBecomes("Tue 2026-03-10 11:00", SlaPauseReason.WaitingOnCustomer),
            CustomerWrites("Tue 2026-03-10 13:00", Platinum),
            StatusBecomes("Tue 2026-03-10 15:00", null),
        ];

        var whileWaiting = _engine.Read(events, Local("Tue 2026-03-10 14:00"));
        var afterReopen = _engine.Read(events, Local("Tue 2026-03-10 16:00"));

        Assert.Equal(SlaState.Paused, whileWaiting.State);
        Assert.Equal(TimeSpan.Zero, whileWaiting.Elapsed);
        Assert.Equal(SlaState.Running, afterReopen.State);
        Assert.Equal(Hours(1), afterReopen.Elapsed);
    }

    [Fact]
    public void Pauses_for_different_reasons_are_all_left_out_and_the_latest_reason_is_shown()
    {
        SlaClockEvent[] events =
        [
            CustomerWrites(Start, Platinum),
            StatusBecomes("Tue 2026-03-10 11:00", SlaPauseReason.WaitingOnCustomer),
            StatusBecomes("Tue 2026-03-10 13:00", SlaPauseReason.OnHold),
            StatusBecomes("Tue 2026-03-10 15:00", null),
            StatusBecomes("Tue 2026-03-10 16:00", SlaPauseReason.OnHold),
        ];

        var reading = _engine.Read(events, Local("Tue 2026-03-10 20:00"));

        Assert.Equal(SlaState.Paused, reading.State);
        Assert.Equal(SlaPauseReason.OnHold, reading.PauseReason);
        Assert.Equal(Hours(2), reading.Elapsed);
    }

    [Fact]
    public void Events_after_the_reading_instant_are_ignored()
    {
        SlaClockEvent[] events = [CustomerWrites(Start, Platinum), AgentReplies("Wed 2026-03-11 09:00")];

        var reading = _engine.Read(events, Local("Tue 2026-03-10 20:00"));

        Assert.Equal(SlaState.Running, reading.State);
        Assert.Null(reading.StoppedAt);
        Assert.Equal(Hours(10), reading.Elapsed);
    }

    [Fact]
    public void Events_are_replayed_in_time_order_whatever_order_they_arrive_in()
    {
        SlaClockEvent[] events =
        [
            StatusBecomes("Wed 2026-03-11 09:00", null),
            AgentReplies("Wed 2026-03-11 10:00"),
            StatusBecomes("Tue 2026-03-10 12:00", SlaPauseReason.WaitingOnCustomer),
            CustomerWrites(Start, Platinum),
        ];

        var reading = _engine.Read(events, Local(Friday));

        Assert.Equal(SlaState.Met, reading.State);
        Assert.Equal(Hours(3), reading.Elapsed);
    }
}
