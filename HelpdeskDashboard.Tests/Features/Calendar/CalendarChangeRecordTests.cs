using HelpdeskDashboard.Features.Calendar;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Tests.Features.Sla.Support;
using Microsoft.EntityFrameworkCore;
using static HelpdeskDashboard.Tests.Features.Calendar.CalendarChangeDeadlineTests;

namespace HelpdeskDashboard.Tests.Features.Calendar;

/// <summary>What a save leaves behind besides the deadlines: the version, the audit entry, the app's calendar, one published change.</summary>
public sealed class CalendarChangeRecordTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = SlaTestKit.Local("Wed 2026-05-13 10:00");

    private CalendarTestWorld _world = null!;

    public async ValueTask InitializeAsync()
    {
        _world = await CalendarTestWorld.CreateAsync(SlaTestKit.Local("Fri 2026-05-08 09:00"));
        await Mix.SeedAsync(_world, Now);
    }

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Save_records_who_changed_what_with_the_counts_in_one_audit_entry()
    {
        var old = CalendarVersionStore.Serialize((await _world.CurrentAsync(_world.MorganSignedIn)).Value!.Draft);
        var change = await _world.ChangeAsync(d => d.Closures.Add(Closure("2026-05-14", "Ascension Day")));

        var plan = await _world.ApplyAsync(change);

        var entry = Assert.Single(await _world.CalendarAuditAsync());
        Assert.Equal(("manager@demo.local", "BusinessCalendar", Now.UtcTicks), (entry.Actor, entry.EntityType, entry.AtUtcTicks));
        Assert.Equal(old, entry.OldValue);
        Assert.Equal(CalendarVersionStore.Serialize(change.Definition), entry.NewValue);
        Assert.Contains(plan.Counts, entry.Reason, StringComparison.Ordinal);
        Assert.Contains("4 deadline(s) later, 0 earlier, 2 unchanged", entry.Reason, StringComparison.Ordinal);
        Assert.Contains("Closed Thu 14 May 2026, Ascension Day (all day) (added)", entry.Reason, StringComparison.Ordinal);
        Assert.StartsWith("Takes effect Wed 13 May 2026, 10:00.", entry.Reason, StringComparison.Ordinal);

        await using var db = _world.Database.CreateDbContext();
        var version = await db.CalendarVersions.OrderBy(v => v.Id).LastAsync(TestContext.Current.CancellationToken);
        Assert.Equal(version.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.EntityId);
        Assert.Equal((1, Now.UtcTicks, "manager@demo.local"), (version.BasedOnId, version.EffectiveFromUtcTicks, version.CreatedBy));
    }

    [Fact]
    public async Task Save_publishes_deadlines_recalculated_once_after_commit_and_the_app_counts_with_the_new_version()
    {
        var change = await _world.ChangeAsync(d => d.Closures.Add(Closure("2026-05-14", "Ascension Day")));
        var preview = await _world.PreviewOkAsync(change);
        Assert.Empty(_world.Published); // a preview publishes nothing
        Assert.Equal(TimeSpan.FromHours(10), _world.Calendar.BusinessTimeBetween(Local("Thu 2026-05-14 00:00"), Local("Fri 2026-05-15 00:00")));

        await _world.SaveAsync(_world.MorganSignedIn, change, preview);

        var (published, versionsSeen) = Assert.Single(_world.Published);
        Assert.Equal(TicketChanged.DeadlinesRecalculated, published);
        Assert.Equal(2, versionsSeen); // the subscriber re-reads a committed database
        Assert.Equal(TimeSpan.Zero, _world.Calendar.BusinessTimeBetween(Local("Thu 2026-05-14 00:00"), Local("Fri 2026-05-15 00:00")));
        var state = (await _world.CurrentAsync(_world.MorganSignedIn)).Value!;
        Assert.Equal(2, state.Versions.Count);
        Assert.Equal(state.Versions[^1].Id, state.LatestVersionId);
        Assert.Contains(state.Draft.Closures, c => c.Date == new DateOnly(2026, 5, 14));
    }

    [Fact]
    public async Task Preview_does_not_touch_the_app_calendar_or_the_database()
    {
        var written = await _world.WrittenStateAsync();
        var versions = _world.Calendar.Versions;

        var preview = await _world.PreviewOkAsync(await _world.ChangeAsync(d => d.Hours[DayOfWeek.Monday] = ["10:00-12:00"]));

        Assert.True(preview.Moved > 0);
        Assert.Same(versions, _world.Calendar.Versions);
        Assert.Equal(written, await _world.WrittenStateAsync());
    }

    private static DateTimeOffset Local(string text) => SlaTestKit.Local(text);
}
