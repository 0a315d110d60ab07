using HelpdeskDashboard.Features.Calendar;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets.ResponseClock;
using HelpdeskDashboard.Tests.Features.Sla.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using static HelpdeskDashboard.Tests.Features.Calendar.CalendarChangeDeadlineTests;

namespace HelpdeskDashboard.Tests.Features.Calendar;

/// <summary>The start-up step: the file's section seeds an empty database; afterwards the stored versions rule.</summary>
public sealed class CalendarStartupTests
{
    private static readonly DateTimeOffset Now = SlaTestKit.Local("Wed 2026-05-13 10:00");

    [Fact]
    public async Task Start_up_on_an_empty_database_stores_the_file_section_as_the_first_version()
    {
        await using var world = await CalendarTestWorld.CreateAsync(Now, runStartup: false);
        Assert.Equal(0, await world.CountVersionsAsync());

        await world.StartAppAsync(world.Calendar);

        await using var db = world.Database.CreateDbContext();
        var first = Assert.Single(await db.CalendarVersions.ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal((0L, 0, CalendarVersionStore.FromConfiguration, Now.UtcTicks), (first.EffectiveFromUtcTicks, first.BasedOnId, first.CreatedBy, first.CreatedUtcTicks));
        Assert.Equal(
            CalendarVersionStore.Serialize(BusinessCalendarDefinition.FromOptions(CalendarTestWorld.FileOptions())),
            first.Definition);
        Assert.Equal(["08:00-18:00"], CalendarVersionStore.Deserialize(first.Definition).Hours[DayOfWeek.Monday]);
        Assert.Single(world.Calendar.Versions);
    }

    [Fact]
    public async Task Start_up_again_adds_no_version()
    {
        await using var world = await CalendarTestWorld.CreateAsync(Now);

        await world.StartAppAsync(world.Calendar);
        await world.StartAppAsync(world.Calendar);

        Assert.Equal(1, await world.CountVersionsAsync());
    }

    [Fact]
    public async Task Restarted_app_counts_with_the_stored_versions_not_the_file()
    {
        await using var world = await CalendarTestWorld.CreateAsync(SlaTestKit.Local("Fri 2026-05-08 09:00"));
        var mix = await Mix.SeedAsync(world, Now);
        await world.ApplyAsync(await world.ChangeAsync(d => d.Closures.Add(Closure("2026-05-14", "Ascension Day"))));
        await world.ApplyAsync(await world.ChangeAsync(d => d.Hours[DayOfWeek.Friday] = ["08:00-12:00"], SlaTestKit.Local("Mon 2026-06-01 00:00")));
        var restarted = new BusinessCalendar(CalendarTestWorld.FileOptions()); // what the options alone give

        await world.StartAppAsync(restarted);

        Assert.Equal(3, restarted.Versions.Count);
        Assert.Equal(3, await world.CountVersionsAsync());
        var from = SlaTestKit.Local("Mon 2026-05-11 00:00");
        foreach (var to in new[] { "Thu 2026-05-14 12:00", "Fri 2026-05-15 17:00", "Fri 2026-06-05 17:00", "Mon 2027-01-04 09:00" })
        {
            Assert.Equal((to, world.Calendar.BusinessTimeBetween(from, SlaTestKit.Local(to))), (to, restarted.BusinessTimeBetween(from, SlaTestKit.Local(to))));
        }

        Assert.Equal(TimeSpan.Zero, restarted.BusinessTimeBetween(SlaTestKit.Local("Thu 2026-05-14 00:00"), SlaTestKit.Local("Fri 2026-05-15 00:00")));
        Assert.Equal(TimeSpan.FromHours(4), restarted.BusinessTimeBetween(SlaTestKit.Local("Fri 2026-06-05 00:00"), SlaTestKit.Local("Sat 2026-06-06 00:00")));

        // The restarted app's engine reads every ticket's deadline as stored.
        var clock = new TicketClock(new SlaEngine(restarted, new SlaOptions()), restarted, world.Catalog, Options.Create(new SlaOptions()));
        var columns = await world.ColumnsAsync();
        foreach (var id in mix.Live)
        {
            var replayed = await world.ReplayAsync(id, clock);
            Assert.Equal((id, columns[id].DueUtcTicks, columns[id].AtRiskFromUtcTicks), (id, replayed.DueUtcTicks, replayed.AtRiskFromUtcTicks));
        }
    }
}
