using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Tests.Features.Sla.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using static HelpdeskDashboard.Tests.Features.Calendar.CalendarChangeDeadlineTests;

namespace HelpdeskDashboard.Tests.Features.Calendar;

/// <summary>A change recomputes 10,000 open tickets correctly. Correctness only: the benchmark measures the time.</summary>
public sealed class CalendarChangeVolumeTests
{
    [Fact]
    public async Task Change_with_ten_thousand_open_tickets_previews_and_saves_every_deadline_as_planned()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var world = await CalendarTestWorld.CreateAsync(SlaTestKit.Local("Wed 2026-05-13 10:00"));
        await using (var db = world.Database.CreateDbContext())
        {
            // Opened over the last 30 days; a third paused, about half live (many already breached), columns from the app's calendar.
            await new VolumeDataGenerator(world.Calendar, world.Time, Options.Create(new SlaOptions())).GenerateAsync(db, 10_000, 0, cancel);
        }

        var before = await world.ColumnsAsync();
        var live = before.Where(c => c.Value.IsLive && c.Value.TargetTicks is not null).Select(c => c.Key).ToHashSet();
        var change = await world.ChangeAsync(d =>
        {
            d.Closures.Add(Closure("2026-05-14", "Ascension Day"));
            d.Hours[DayOfWeek.Friday] = ["08:00-12:00"];
        });

        var preview = await world.PreviewOkAsync(change);
        var saved = await world.SaveAsync(world.MorganSignedIn, change, preview);

        Assert.True(saved.Succeeded, string.Join(" | ", saved.Errors));
        Assert.Equal(10_000, before.Count);
        Assert.Equal(live.Count, preview.OpenClocks);
        Assert.InRange(live.Count, 3_000, 9_000);
        Assert.Equal(preview.Updates, saved.Value!.Updates);
        Assert.True(preview.Moved > 100, $"only {preview.Moved} moved");

        var after = await world.ColumnsAsync();
        var updates = preview.Updates.ToDictionary(u => u.TicketId);
        int later = 0, earlier = 0;
        foreach (var (id, was) in before)
        {
            var now = after[id];
            if (updates.TryGetValue(id, out var update))
            {
                Assert.Contains(id, live);
                Assert.Equal((id, update.DueUtcTicks, update.AtRiskFromUtcTicks), (id, now.DueUtcTicks!.Value, now.AtRiskFromUtcTicks!.Value));
            }
            else
            {
                Assert.Equal(was, now);
            }

            later += now.DueUtcTicks > was.DueUtcTicks ? 1 : 0;
            earlier += now.DueUtcTicks < was.DueUtcTicks ? 1 : 0;
        }

        Assert.Equal((later, earlier), (preview.MovedLater, preview.MovedEarlier));
        Assert.Equal(Math.Min(50, preview.Moved), preview.LargestMoves.Count);
        Assert.Equal(preview.LargestMoves.OrderByDescending(m => m.Shift.Duration()).Select(m => m.TicketId), preview.LargestMoves.Select(m => m.TicketId));

        // A sample replayed by the engine with the app's calendar after the swap: moved ones first, then any.
        var sample = preview.Updates.Take(100).Select(u => u.TicketId).Concat(live.Order().Where((_, i) => i % 97 == 0)).Distinct();
        foreach (var id in sample)
        {
            var replayed = await world.ReplayAsync(id);
            Assert.Equal((id, after[id].DueUtcTicks, after[id].AtRiskFromUtcTicks), (id, replayed.DueUtcTicks, replayed.AtRiskFromUtcTicks));
        }

        await using var check = world.Database.CreateDbContext();
        Assert.Equal(2, await check.CalendarVersions.CountAsync(cancel));
    }
}
