using HelpdeskDashboard.Features.Sla;

using static HelpdeskDashboard.Tests.Features.Sla.Support.SlaTestKit;

namespace HelpdeskDashboard.Tests.Features.Sla;

/// <summary>Which state a reading shows, with Platinum (24 h) started Tue 2026-03-10 10:00 unless stated.</summary>
public sealed class SlaStateTests
{
    private const string Start = "Tue 2026-03-10 10:00";

    [Theory]
    [InlineData("6 h left of 24 h is exactly 25 %: at risk", 0.25, "Wed 2026-03-11 04:00", 0, SlaState.AtRisk)]
    [InlineData("one tick more than 25 % left: running", 0.25, "Wed 2026-03-11 04:00", -1, SlaState.Running)]
    [InlineData("12 h left with a 50 % share: at risk", 0.5, "Tue 2026-03-10 22:00", 0, SlaState.AtRisk)]
    [InlineData("12 h left with the default 25 % share: running", 0.25, "Tue 2026-03-10 22:00", 0, SlaState.Running)]
    [InlineData("nothing left at the due instant: at risk, not breached", 0.25, "Wed 2026-03-11 10:00", 0, SlaState.AtRisk)]
    [InlineData("one tick past the due instant: breached", 0.25, "Wed 2026-03-11 10:00", 1, SlaState.Breached)]
    public void At_risk_starts_when_the_remaining_share_reaches_the_threshold(
        string label, double atRiskShare, string now, long ticksLater, SlaState expected)
    {
        var engine = Engine(atRiskShare: atRiskShare);

        var reading = engine.Read([CustomerWrites(Start, Platinum)], Local(now).AddTicks(ticksLater));

        Assert.True(expected == reading.State, $"{label}: {reading.State}, remaining {reading.Remaining}");
        Assert.Equal(expected == SlaState.AtRisk, reading.IsAtRisk);
    }

    public static TheoryData<string, SlaClockEvent[], string, SlaState> Precedence => new()
    {
        {
            "paused wins over breached",
            [CustomerWrites(Start, Platinum), StatusBecomes("Wed 2026-03-11 11:00", SlaPauseReason.OnHold)],
            "Wed 2026-03-11 12:00", SlaState.Paused
        },
        {
            "paused wins over outside business hours",
            [CustomerWrites(Start, Platinum), StatusBecomes("Tue 2026-03-10 11:00", SlaPauseReason.WaitingOnCustomer)],
            "Sat 2026-03-14 10:00", SlaState.Paused
        },
        {
            "breached wins over outside business hours",
            [CustomerWrites("Thu 2026-03-12 10:00", Platinum)],
            "Sat 2026-03-14 10:00", SlaState.Breached
        },
        {
            "outside business hours wins over at risk",
            [CustomerWrites("Fri 2026-03-13 00:00", Platinum)],
            "Sat 2026-03-14 10:00", SlaState.OutsideBusinessHours
        },
        {
            "a stopped clock is met even while the ticket waits on the customer",
            [CustomerWrites(Start, Platinum), StatusBecomes("Tue 2026-03-10 11:00", SlaPauseReason.WaitingOnCustomer), AgentReplies("Tue 2026-03-10 12:00")],
            "Sat 2026-03-14 10:00", SlaState.Met
        },
        {
            "a clock stopped past its target is breached, also outside hours",
            [CustomerWrites(Start, Platinum), AgentReplies("Thu 2026-03-12 10:00")],
            "Sat 2026-03-14 10:00", SlaState.Breached
        },
    };

    [Theory]
    [MemberData(nameof(Precedence))]
    public void When_several_states_apply_the_documented_precedence_decides(
        string label, SlaClockEvent[] events, string now, SlaState expected)
    {
        var reading = Engine().Read(events, Local(now));

        Assert.True(expected == reading.State, $"{label}: {reading.State}");
    }

    [Fact]
    public void A_paused_clock_past_its_target_still_reports_the_breach()
    {
        SlaClockEvent[] events = [CustomerWrites(Start, Platinum), StatusBecomes("Wed 2026-03-11 11:00", SlaPauseReason.OnHold)];

        var reading = Engine().Read(events, Local("Wed 2026-03-11 12:00"));

        Assert.True(reading.IsBreached);
        Assert.Equal(Hours(1), reading.BreachedBy);
        Assert.Equal(Local("Wed 2026-03-11 10:00"), reading.Due);
        Assert.False(reading.DueIsProjection);
    }

    [Fact]
    public void A_breach_outside_business_hours_still_says_when_the_clock_resumes()
    {
        var reading = Engine().Read([CustomerWrites("Thu 2026-03-12 10:00", Platinum)], Local("Sat 2026-03-14 10:00"));

        Assert.Equal(Local("Mon 2026-03-16 00:00"), reading.ResumesAt);
        Assert.Equal(Hours(14), reading.BreachedBy);
    }

    [Fact]
    public void A_paused_clock_gives_no_resume_instant_because_the_pause_ends_with_the_status()
    {
        SlaClockEvent[] events = [CustomerWrites(Start, Platinum), StatusBecomes("Tue 2026-03-10 11:00", SlaPauseReason.WaitingOnCustomer)];

        var reading = Engine().Read(events, Local("Sat 2026-03-14 10:00"));

        Assert.Null(reading.ResumesAt);
    }

    [Fact]
    public void A_ticket_without_customer_messages_has_no_sla()
    {
        var reading = Engine().Read([AgentNotes(Start)], Local("Wed 2026-03-11 10:00"));

        Assert.Equal(SlaState.NoSla, reading.State);
        Assert.Null(reading.ClockStartedAt);
        Assert.Null(reading.Due);
    }

    [Fact]
    public void Basic_tickets_have_no_sla_but_their_response_time_is_still_measured()
    {
        var reading = Engine().Read([CustomerWrites(Start, target: null)], Local("Fri 2026-03-13 10:00"));

        Assert.Equal(SlaState.NoSla, reading.State);
        Assert.Null(reading.Target);
        Assert.Null(reading.Due);
        Assert.Null(reading.Remaining);
        Assert.False(reading.IsAtRisk);
        Assert.False(reading.IsBreached);
        Assert.Equal(Local(Start), reading.ClockStartedAt);
        Assert.Equal(Hours(72), reading.Elapsed);
    }

    [Theory]
    [InlineData("zero", 0.0)]
    [InlineData("the whole target", 1.0)]
    [InlineData("negative", -0.25)]
    [InlineData("not a number", double.NaN)]
    public void The_engine_refuses_an_at_risk_share_outside_zero_to_one(string label, double share)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Engine(atRiskShare: share));

        Assert.True(ex.Message.Contains("AtRiskShare", StringComparison.Ordinal), label);
    }

    [Theory]
    [InlineData("zero", 0)]
    [InlineData("negative", -1)]
    public void A_customer_message_refuses_a_target_that_is_not_positive(string label, int hours)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => CustomerWrites(Start, Hours(hours)));

        Assert.True(ex.ParamName == "target", label);
    }
}
