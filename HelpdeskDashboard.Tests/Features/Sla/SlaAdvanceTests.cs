using HelpdeskDashboard.Features.Sla;

using static HelpdeskDashboard.Tests.Features.Sla.Support.SlaTestKit;

namespace HelpdeskDashboard.Tests.Features.Sla;

/// <summary>
/// A countdown moves a reading forward every second without replaying events; it must agree with a full re-read.
/// </summary>
public sealed class SlaAdvanceTests
{
    private readonly SlaEngine _engine = Engine(DefaultCalendar(ChristmasHolidays));

    public static TheoryData<string, string, string, string> Histories => new()
    {
        // label, first customer message (Platinum), reading taken at, advanced to
        { "running to running", "Tue 2026-03-10 10:00", "Tue 2026-03-10 11:00", "Tue 2026-03-10 12:30" },
        { "running into at risk", "Tue 2026-03-10 10:00", "Tue 2026-03-10 11:00", "Wed 2026-03-11 05:00" },
        { "at risk into breached", "Tue 2026-03-10 10:00", "Wed 2026-03-11 09:00", "Wed 2026-03-11 10:01" },
        { "Friday into the weekend (example 2)", "Fri 2026-03-13 20:00", "Fri 2026-03-13 23:00", "Sat 2026-03-14 10:00" },
        { "weekend into Monday", "Fri 2026-03-13 20:00", "Sat 2026-03-14 10:00", "Mon 2026-03-16 00:00" },
        { "used up Friday exactly, read on Saturday (example 4)", "Fri 2026-03-13 00:00", "Fri 2026-03-13 12:00", "Sat 2026-03-14 10:00" },
        { "breaches when Monday starts", "Fri 2026-03-13 00:00", "Sat 2026-03-14 10:00", "Mon 2026-03-16 00:01" },
        { "over Christmas", "Wed 2026-12-23 12:00", "Wed 2026-12-23 13:00", "Fri 2026-12-25 09:00" },
    };

    [Theory]
    [MemberData(nameof(Histories))]
    public void Advancing_a_reading_equals_reading_afresh(string label, string start, string readAt, string advanceTo)
    {
        var events = new[] { CustomerWrites(start, Platinum) };
        var earlier = _engine.Read(events, Local(readAt));

        var advanced = _engine.Advance(earlier, Local(advanceTo));

        var fresh = _engine.Read(events, Local(advanceTo));
        Assert.True(fresh == advanced, $"{label}:\nfresh    {fresh}\nadvanced {advanced}");
    }

    [Fact]
    public void Paused_clock_stands_still()
    {
        var events = new[] { CustomerWrites("Tue 2026-03-10 10:00", Platinum), StatusBecomes("Tue 2026-03-10 12:00", SlaPauseReason.WaitingOnCustomer) };
        var reading = _engine.Read(events, Local("Tue 2026-03-10 13:00"));

        var advanced = _engine.Advance(reading, Local("Wed 2026-03-11 13:00"));

        Assert.Same(reading, advanced);
        Assert.Equal(Hours(22), advanced.Remaining);
    }

    [Fact]
    public void Stopped_clock_stands_still()
    {
        var events = new[] { CustomerWrites("Tue 2026-03-10 10:00", Platinum), AgentReplies("Tue 2026-03-10 12:00") };
        var reading = _engine.Read(events, Local("Tue 2026-03-10 13:00"));

        Assert.Same(reading, _engine.Advance(reading, Local("Thu 2026-03-12 13:00")));
        Assert.Equal(SlaState.Met, reading.State);
    }

    [Fact]
    public void Basic_ticket_has_nothing_to_count_down()
    {
        var reading = _engine.Read([CustomerWrites("Tue 2026-03-10 10:00", null)], Local("Tue 2026-03-10 13:00"));

        Assert.Equal(SlaState.NoSla, _engine.Advance(reading, Local("Thu 2026-03-12 13:00")).State);
    }
}
