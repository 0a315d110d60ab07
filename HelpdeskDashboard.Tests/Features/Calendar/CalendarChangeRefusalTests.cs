using HelpdeskDashboard.Features.Calendar.Changes;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Tests.Features.Sla.Support;
using static HelpdeskDashboard.Tests.Features.Calendar.CalendarChangeDeadlineTests;

namespace HelpdeskDashboard.Tests.Features.Calendar;

/// <summary>Bad input and users who are not managers: refused with a clear reason, and nothing written.</summary>
public sealed class CalendarChangeRefusalTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = SlaTestKit.Local("Wed 2026-05-13 10:00");

    private CalendarTestWorld _world = null!;

    public async ValueTask InitializeAsync()
    {
        _world = await CalendarTestWorld.CreateAsync(SlaTestKit.Local("Fri 2026-05-08 09:00"));
        await Mix.SeedAsync(_world, Now);
    }

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    public static TheoryData<string, string> BadChanges => new()
    {
        { "overlapping ranges", "Monday: the ranges 08:00-12:00 and 11:00-18:00 overlap." },
        { "reversed range", "Tuesday: '18:00-08:00' ends before it starts; a range must lie within one day." },
        { "range past 24:00", "Wednesday: '08:00-24:30' is not a range of the form HH:mm-HH:mm with times from 00:00 to 24:00." },
        { "holiday in 1999", "1999-12-24 lies outside the supported years 2000–2099." },
        { "no open time in the week", "At least one weekday needs opening hours: a week with no open time has no deadlines." },
        { "effective instant in the past", "The change cannot take effect in the past: choose \"now\" or a later date and time." },
    };

    [Theory]
    [MemberData(nameof(BadChanges))]
    public async Task Bad_change_is_refused_by_preview_and_save_with_a_clear_reason_and_nothing_is_written(string label, string message)
    {
        var valid = await _world.ChangeAsync(_ => { });
        var validPreview = await _world.PreviewOkAsync(valid with { Definition = Edited(valid.Definition, d => d.Closures.Add(Closure("2026-05-14", "Ascension Day"))) });
        var change = await _world.ChangeAsync(
            d =>
            {
                switch (label)
                {
                    case "overlapping ranges":
                        d.Hours[DayOfWeek.Monday] = ["08:00-12:00", "11:00-18:00"];
                        break;
                    case "reversed range":
                        d.Hours[DayOfWeek.Tuesday] = ["18:00-08:00"];
                        break;
                    case "range past 24:00":
                        d.Hours[DayOfWeek.Wednesday] = ["08:00-24:30"];
                        break;
                    case "holiday in 1999":
                        d.Closures.Add(Closure("1999-12-24", "Christmas Eve"));
                        break;
                    case "no open time in the week":
                        foreach (var day in d.Hours.Keys.ToList())
                        {
                            d.Hours[day] = [];
                        }

                        break;
                    default:
                        break;
                }
            },
            label == "effective instant in the past" ? Now - TimeSpan.FromMinutes(1) : null);
        var written = await _world.WrittenStateAsync();

        var preview = await _world.PreviewAsync(_world.MorganSignedIn, change);
        var save = await _world.SaveAsync(_world.MorganSignedIn, change, validPreview);

        Assert.Equal((CommandOutcome.Invalid, null), (preview.Outcome, preview.Value));
        Assert.Equal([message], preview.Errors);
        Assert.Equal((CommandOutcome.Invalid, null), (save.Outcome, save.Value));
        Assert.Equal([message], save.Errors);
        Assert.Equal(written, await _world.WrittenStateAsync());
        Assert.Empty(_world.Published);
    }

    [Fact]
    public async Task Change_effective_before_a_scheduled_one_is_refused_and_nothing_is_written()
    {
        var scheduled = SlaTestKit.Local("Mon 2026-06-01 00:00");
        await _world.ApplyAsync(await _world.ChangeAsync(d => d.Hours[DayOfWeek.Friday] = ["08:00-12:00"], scheduled));
        var written = await _world.WrittenStateAsync();
        var published = _world.Published.Count;

        foreach (var effective in new DateTimeOffset?[] { null, scheduled - TimeSpan.FromTicks(1) })
        {
            var change = await _world.ChangeAsync(d => d.Closures.Add(Closure("2026-05-14", "Ascension Day")), effective);
            var preview = await _world.PreviewAsync(_world.MorganSignedIn, change);
            var save = await _world.SaveAsync(_world.MorganSignedIn, change, new CalendarPlan(Now, 0, 0, 0, 0, 0, 0, 0, [], [], [], "x"));

            Assert.Equal(CommandOutcome.Invalid, preview.Outcome);
            Assert.StartsWith("A change saved earlier takes effect Mon 1 Jun 2026, 00:00;", preview.Errors.Single(), StringComparison.Ordinal);
            Assert.EndsWith("a new change can take effect at that instant or later.", preview.Errors.Single(), StringComparison.Ordinal);
            Assert.Equal(CommandOutcome.Invalid, save.Outcome);
            Assert.Equal(preview.Errors, save.Errors);
        }

        Assert.Equal(written, await _world.WrittenStateAsync());
        Assert.Equal(published, _world.Published.Count);

        var atTheSameInstant = await _world.ChangeAsync(d => d.Closures.Add(Closure("2026-06-04", "Corpus Christi")), scheduled);
        Assert.True((await _world.PreviewAsync(_world.MorganSignedIn, atTheSameInstant)).Succeeded);
    }

    [Fact]
    public async Task Agent_who_is_not_a_manager_is_forbidden_to_read_preview_or_save_and_nothing_is_written()
    {
        var change = await _world.ChangeAsync(d => d.Closures.Add(Closure("2026-05-14", "Ascension Day")));
        var preview = await _world.PreviewOkAsync(change); // a real preview: without the check the save would go through
        var written = await _world.WrittenStateAsync();

        var current = await _world.CurrentAsync(_world.AlexSignedIn);
        var previewed = await _world.PreviewAsync(_world.AlexSignedIn, change);
        var saved = await _world.SaveAsync(_world.AlexSignedIn, change, preview);

        const string ManagersOnly = "Only a manager can change the business calendar.";
        foreach (var result in new CommandResult[] { current, previewed, saved })
        {
            Assert.Equal(CommandOutcome.Forbidden, result.Outcome);
            Assert.Equal([ManagersOnly], result.Errors);
        }

        Assert.Null(current.Value);
        Assert.Null(previewed.Value);
        Assert.Null(saved.Value);
        Assert.Equal(written, await _world.WrittenStateAsync());
        Assert.Empty(_world.Published);
        Assert.True((await _world.SaveAsync(_world.MorganSignedIn, change, preview)).Succeeded); // the same save by a manager
    }

    private static BusinessCalendarDefinition Edited(BusinessCalendarDefinition definition, Action<BusinessCalendarDefinition> edit)
    {
        var copy = definition.Clone();
        edit(copy);
        return copy;
    }
}
