using HelpdeskDashboard.Features.Escalations;

namespace HelpdeskDashboard.Tests.Features.Escalations;

/// <summary>
/// The scheduler's loop as the host runs it, on a fake clock: it sleeps on a <see cref="TimeProvider"/> timer until
/// the next instant and wakes exactly then; a ticket change (a calendar save) re-plans the sleep at once.
/// </summary>
public sealed class EscalationTimerTests
{
    [Fact]
    public async Task The_timer_wakes_the_scheduler_at_the_instant_a_clock_becomes_at_risk()
    {
        await using var world = await EscalationTestWorld.CreateAsync();
        var id = await world.OpenTicketAsync(world.Platinum, "Timed", world.Alex);
        var atRisk = (await world.InstantsAsync(id)).AtRisk; // Tue 16:00
        world.SetNow(atRisk - TimeSpan.FromMinutes(40));

        await world.App.StartLoopAsync();
        await world.App.Sleeps.WaitForAsync(1);
        world.SetNow(atRisk - TimeSpan.FromSeconds(1));
        Assert.Empty(await world.NoticesAsync(id));
        Assert.Equal(1, world.App.Sleeps.Count); // no pass before the instant

        world.SetNow(atRisk);
        await world.App.WaitForBellAsync(world.Alex.Id, 1);

        Assert.Equal(atRisk.UtcTicks, Assert.Single(await world.NoticesAsync(id)).ProcessedUtcTicks);
    }

    [Fact]
    public async Task The_loop_sleeps_at_most_an_hour_and_then_plans_again()
    {
        await using var world = await EscalationTestWorld.CreateAsync();
        var id = await world.OpenTicketAsync(world.Platinum, "Far off", world.Alex);
        var atRisk = (await world.InstantsAsync(id)).AtRisk;

        await world.App.StartLoopAsync();
        await world.App.Sleeps.WaitForAsync(1);
        world.Time.Advance(EscalationScheduler.MaxSleep);
        await world.App.Sleeps.WaitForAsync(2);
        world.SetNow(atRisk);
        await world.App.WaitForBellAsync(world.Alex.Id, 1);

        Assert.Equal(atRisk.UtcTicks, Assert.Single(await world.NoticesAsync(id)).ProcessedUtcTicks);
    }

    [Fact]
    public async Task A_calendar_change_that_brings_an_instant_forward_re_plans_the_sleep()
    {
        // Platinum opened Friday 10:20: 7 h 40 that day and 10 h on Monday make 17 h 40 by Tuesday's opening, so
        // it becomes at risk (18 of 24 business hours used) at 08:20 on Tuesday.
        await using var world = await EscalationTestWorld.CreateAsync(new DateTimeOffset(2026, 12, 4, 10, 20, 0, TimeSpan.FromHours(1)));
        var id = await world.OpenTicketAsync(world.Platinum, "Early start", world.Alex);
        var tuesday = new DateTimeOffset(2026, 12, 8, 0, 0, 0, TimeSpan.FromHours(1));
        Assert.Equal(tuesday.AddHours(8).AddMinutes(20), (await world.InstantsAsync(id)).AtRisk);
        world.SetNow(tuesday.AddHours(7).AddMinutes(30));

        await world.App.StartLoopAsync();
        await world.App.Sleeps.WaitForAsync(1); // until 08:20
        await world.ChangeCalendarAsync(d => d.Hours[DayOfWeek.Tuesday] = ["07:00-18:00"]); // from now, 07:30
        var earlier = (await world.InstantsAsync(id)).AtRisk;
        Assert.Equal(tuesday.AddHours(7).AddMinutes(50), earlier);
        await world.App.Sleeps.WaitForAsync(2); // re-planned: until 07:50

        world.SetNow(earlier);
        await world.App.WaitForBellAsync(world.Alex.Id, 1);
        Assert.Equal(earlier.UtcTicks, Assert.Single(await world.NoticesAsync(id)).ProcessedUtcTicks);
    }
}
