using HelpdeskDashboard.Features.Sla;
using Microsoft.Extensions.Time.Testing;

using static HelpdeskDashboard.Tests.Features.Sla.Support.SlaTestKit;
namespace HelpdeskDashboard.Tests.Features.Sla;

/// <summary>The service reads the clock at the TimeProvider's instant; the fake clock moves time forward.</summary>
public sealed class SlaServiceTests
{
    [Fact]
    public void Example_4_turns_from_outside_business_hours_to_breached_once_monday_begins()
    {
        var time = new FakeTimeProvider(Local("Sat 2026-03-14 10:00"));
        var service = new SlaService(Engine(), time);
        SlaClockEvent[] events = [CustomerWrites("Fri 2026-03-13 00:00", Platinum)];

        var saturday = service.Read(events);
        time.SetUtcNow(Local("Mon 2026-03-16 00:00"));
        var mondayMidnight = service.Read(events);
        time.Advance(TimeSpan.FromSeconds(1));
        var justAfter = service.Read(events);

        Assert.Equal((SlaState.OutsideBusinessHours, TimeSpan.Zero), (saturday.State, saturday.Remaining!.Value));
        Assert.Equal((SlaState.AtRisk, TimeSpan.Zero), (mondayMidnight.State, mondayMidnight.Remaining!.Value));
        Assert.Equal((SlaState.Breached, TimeSpan.FromSeconds(1)), (justAfter.State, justAfter.BreachedBy!.Value));
    }

    [Fact]
    public void Example_8_as_it_happens_the_due_instant_holds_while_running_and_moves_while_waiting()
    {
        var time = new FakeTimeProvider(Local("Tue 2026-03-10 10:00"));
        var service = new SlaService(Engine(), time);
        var events = new List<SlaClockEvent> { CustomerWrites("Tue 2026-03-10 10:00", Platinum) };

        var atStart = service.Read(events);
        time.Advance(Hours(2));
        events.Add(StatusBecomes("Tue 2026-03-10 12:00", SlaPauseReason.WaitingOnCustomer));
        time.Advance(Hours(3));
        var whileWaiting = service.Read(events);
        time.SetUtcNow(Local("Wed 2026-03-11 09:00"));
        events.Add(StatusBecomes("Wed 2026-03-11 09:00", null));
        var resumed = service.Read(events);
        time.Advance(Hours(12));
        var later = service.Read(events);

        Assert.Equal(Local("Wed 2026-03-11 10:00"), atStart.Due);
        Assert.Equal((SlaState.Paused, Local("Wed 2026-03-11 13:00")), (whileWaiting.State, whileWaiting.Due!.Value));
        Assert.Equal((SlaState.Running, Local("Thu 2026-03-12 07:00")), (resumed.State, resumed.Due!.Value));
        Assert.Equal((SlaState.Running, Local("Thu 2026-03-12 07:00"), Hours(10)), (later.State, later.Due!.Value, later.Remaining!.Value));
    }

    [Fact]
    public void The_timeline_runs_up_to_the_time_providers_instant()
    {
        var time = new FakeTimeProvider(Local("Tue 2026-03-10 13:00"));
        var service = new SlaService(Engine(), time);

        var cycle = Assert.Single(service.Timeline([CustomerWrites("Tue 2026-03-10 10:00", Platinum)]).Cycles);

        Assert.Equal(Local("Tue 2026-03-10 13:00"), cycle.Segments[^1].End);
        Assert.Equal(Hours(3), cycle.Reading.Elapsed);
    }
}
