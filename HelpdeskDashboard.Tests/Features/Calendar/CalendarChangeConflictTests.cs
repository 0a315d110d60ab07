using HelpdeskDashboard.Features.Calendar.Changes;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Tests.Features.Sla.Support;
using Microsoft.EntityFrameworkCore;
using static HelpdeskDashboard.Tests.Features.Calendar.CalendarChangeDeadlineTests;

namespace HelpdeskDashboard.Tests.Features.Calendar;

/// <summary>A save that no longer matches what the manager saw, or that another manager beat, writes nothing.</summary>
public sealed class CalendarChangeConflictTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = SlaTestKit.Local("Wed 2026-05-13 10:00");

    private CalendarTestWorld _world = null!;
    private Mix _mix = null!;

    public async ValueTask InitializeAsync()
    {
        _world = await CalendarTestWorld.CreateAsync(SlaTestKit.Local("Fri 2026-05-08 09:00"));
        _mix = await Mix.SeedAsync(_world, Now);
    }

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Two_managers_saving_from_the_same_version_at_once_one_wins_and_the_other_writes_nothing()
    {
        var morgans = await _world.ChangeAsync(d => d.Closures.Add(Closure("2026-05-14", "Ascension Day")));
        var marias = await _world.ChangeAsync(d => d.Hours[DayOfWeek.Friday] = ["08:00-12:00"]);
        var morgansPreview = await _world.PreviewOkAsync(morgans);
        var mariasPreview = (await _world.PreviewAsync(_world.MariaSignedIn, marias)).Value!;
        var versionsBefore = await _world.CountVersionsAsync();

        var results = await Task.WhenAll(
            Task.Run(() => _world.SaveAsync(_world.MorganSignedIn, morgans, morgansPreview), TestContext.Current.CancellationToken),
            Task.Run(() => _world.SaveAsync(_world.MariaSignedIn, marias, mariasPreview), TestContext.Current.CancellationToken));

        Assert.Single(results, r => r.Outcome == CommandOutcome.Succeeded);
        var loser = Assert.Single(results, r => r.Outcome == CommandOutcome.Conflict);
        Assert.Contains("nothing was saved", loser.Errors[0], StringComparison.Ordinal);
        Assert.Equal(versionsBefore + 1, await _world.CountVersionsAsync());
        Assert.Single(await _world.CalendarAuditAsync());
        Assert.Single(_world.Published);
        var winner = results[0].Succeeded ? (morgans, morgansPreview) : (marias, mariasPreview);
        var columns = await _world.ColumnsAsync();
        foreach (var update in winner.Item2.Updates)
        {
            Assert.Equal(update.DueUtcTicks, columns[update.TicketId].DueUtcTicks); // the winner's plan, not the loser's
        }

        Assert.Equal(2, _world.Calendar.Versions.Count);
        Assert.Equal(
            CalendarVersionStoreJson(winner.Item1.Definition),
            CalendarVersionStoreJson(_world.Calendar.Versions[^1].Definition));
    }

    [Fact]
    public async Task Second_manager_saving_after_the_first_gets_a_conflict_naming_who_saved()
    {
        var morgans = await _world.ChangeAsync(d => d.Closures.Add(Closure("2026-05-14", "Ascension Day")));
        var marias = await _world.ChangeAsync(d => d.Hours[DayOfWeek.Friday] = ["08:00-12:00"]);
        var mariasPreview = (await _world.PreviewAsync(_world.MariaSignedIn, marias)).Value!;
        await _world.ApplyAsync(morgans);
        var written = await _world.WrittenStateAsync();

        var result = await _world.SaveAsync(_world.MariaSignedIn, marias, mariasPreview);

        Assert.Equal(CommandOutcome.Conflict, result.Outcome);
        Assert.StartsWith("manager@demo.local saved a change to the calendar at", result.Errors[0], StringComparison.Ordinal);
        Assert.Equal(written, await _world.WrittenStateAsync());
        Assert.Single(await _world.CalendarAuditAsync());
    }

    public static TheoryData<string> TicketEventsBetweenPreviewAndSave => new()
    {
        "customer writes on a live clock",
        "agent replies (the clock stops)",
        "a new ticket is opened",
    };

    [Theory]
    [MemberData(nameof(TicketEventsBetweenPreviewAndSave))]
    public async Task Ticket_changed_between_preview_and_save_gives_a_conflict_with_the_fresh_plan_and_writes_nothing(string happening)
    {
        var change = await _world.ChangeAsync(d => d.Closures.Add(Closure("2026-05-14", "Ascension Day")));
        var preview = await _world.PreviewOkAsync(change);
        _world.Time.Advance(TimeSpan.FromMinutes(3));
        switch (happening)
        {
            case "customer writes on a live clock":
                await _world.CustomerWritesAsync(_mix.DueFriday, _world.Platinum);
                break;
            case "agent replies (the clock stops)":
                await _world.ReplyAsync(_mix.DueThursday);
                break;
            default:
                await _world.OpenTicketAsync(_world.Platinum, "Sensor drifts");
                break;
        }

        var written = await _world.WrittenStateAsync();

        var result = await _world.SaveAsync(_world.MorganSignedIn, change, preview);

        Assert.Equal(CommandOutcome.Conflict, result.Outcome);
        Assert.Contains("changed since your preview", result.Errors[0], StringComparison.Ordinal);
        var fresh = Assert.IsType<CalendarPlan>(result.Value);
        Assert.NotEqual(preview.Fingerprint, fresh.Fingerprint);
        Assert.Equal(Now + TimeSpan.FromMinutes(3), fresh.EffectiveFrom); // a change "now" counts from after what changed
        Assert.Equal(written, await _world.WrittenStateAsync());
        Assert.Empty(_world.Published);

        var again = await _world.SaveAsync(_world.MorganSignedIn, change, fresh); // the fresh plan is what the manager now confirms
        Assert.True(again.Succeeded, string.Join(" | ", again.Errors));
        Assert.Equal(fresh.Updates, again.Value!.Updates);
    }

    [Fact]
    public async Task Preview_of_a_change_now_older_than_ten_minutes_is_refused_and_nothing_is_written()
    {
        var change = await _world.ChangeAsync(d => d.Closures.Add(Closure("2026-05-14", "Ascension Day")));
        var preview = await _world.PreviewOkAsync(change);
        _world.Time.Advance(CalendarChangeService.PreviewValidity + TimeSpan.FromTicks(1));
        var written = await _world.WrittenStateAsync();

        var result = await _world.SaveAsync(_world.MorganSignedIn, change, preview);

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        Assert.Equal(["The preview is more than 10 minutes old; nothing was saved. Preview the change again."], result.Errors);
        Assert.Equal(written, await _world.WrittenStateAsync());
    }

    [Fact]
    public async Task Preview_of_a_change_now_within_ten_minutes_is_saved_effective_at_the_preview_instant()
    {
        var change = await _world.ChangeAsync(d => d.Closures.Add(Closure("2026-05-14", "Ascension Day")));
        var preview = await _world.PreviewOkAsync(change);
        _world.Time.Advance(CalendarChangeService.PreviewValidity);

        var result = await _world.SaveAsync(_world.MorganSignedIn, change, preview);

        Assert.True(result.Succeeded, string.Join(" | ", result.Errors));
        await using var db = _world.Database.CreateDbContext();
        var latest = await db.CalendarVersions.OrderBy(v => v.Id).LastAsync(TestContext.Current.CancellationToken);
        Assert.Equal(Now.UtcTicks, latest.EffectiveFromUtcTicks);
        Assert.Equal((Now + CalendarChangeService.PreviewValidity).UtcTicks, latest.CreatedUtcTicks);
    }

    private static string CalendarVersionStoreJson(BusinessCalendarDefinition definition) =>
        HelpdeskDashboard.Features.Calendar.CalendarVersionStore.Serialize(definition);
}
