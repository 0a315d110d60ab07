using HelpdeskDashboard.Features.Tickets.Workflow;
using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Tests.Features.Sla.Support;
using Microsoft.EntityFrameworkCore;
using static HelpdeskDashboard.Tests.Features.Calendar.CalendarChangeDeadlineTests;

namespace HelpdeskDashboard.Tests.Features.Calendar;

/// <summary>Tickets that change while a change "now" is being previewed and saved.</summary>
public sealed class CalendarChangeRaceTests : IAsyncLifetime
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

    /// <summary>
    /// A change "now" counts from its preview's instant, and the planner may only count from an instant no live clock
    /// has an event after. A ticket opened after the preview gives a conflict; the fresh plan it carries must count
    /// from then on, or saving it would give the new ticket a deadline the engine does not (here 3 minutes late:
    /// the minutes between the preview and the ticket counted as if they were the ticket's).
    /// </summary>
    [Fact]
    public async Task Saving_the_fresh_plan_after_a_ticket_opened_since_a_preview_of_a_change_now_equals_the_engine()
    {
        var change = await _world.ChangeAsync(d => d.Closures.Add(Closure("2026-05-13", "Closed after a burst pipe")));
        var preview = await _world.PreviewOkAsync(change);
        _world.Time.Advance(TimeSpan.FromMinutes(3));
        var opened = await _world.OpenTicketAsync(_world.Platinum, "Robot cell offline"); // 10:03, in hours the change closes
        _world.Time.Advance(TimeSpan.FromMinutes(2));

        var conflict = await _world.SaveAsync(_world.MorganSignedIn, change, preview);
        Assert.Equal(CommandOutcome.Conflict, conflict.Outcome);
        var fresh = conflict.Value!;
        Assert.Equal(Now + TimeSpan.FromMinutes(5), fresh.EffectiveFrom); // counts from the save's instant, after the new ticket
        var saved = await _world.SaveAsync(_world.MorganSignedIn, change, fresh);

        Assert.True(saved.Succeeded, string.Join(" | ", saved.Errors));
        var columns = await _world.ColumnsAsync();
        foreach (var id in _mix.Live.Append(opened))
        {
            var replayed = await _world.ReplayAsync(id);
            Assert.Equal((id, replayed.DueUtcTicks, replayed.AtRiskFromUtcTicks), (id, columns[id].DueUtcTicks, columns[id].AtRiskFromUtcTicks));
        }

        // 2 minutes counted before the change took effect at 10:05, then Thu 10 h, Fri 10 h, Mon 3 h 58.
        Assert.Equal(SlaTestKit.Local("Mon 2026-05-18 11:58").UtcTicks, columns[opened].DueUtcTicks);
    }

    /// <summary>
    /// A ticket command that read the calendar before the swap and writes after the save committed: the save does not
    /// bump the ticket's version (agents with the ticket open would get a conflict for a change they did not make), so
    /// the command notices the calendar's generation changed once it holds the write lock and computes again.
    /// </summary>
    [Fact]
    public async Task Ticket_command_racing_a_save_does_not_store_a_deadline_of_the_old_calendar()
    {
        var change = await _world.ChangeAsync(d => d.Closures.Add(Closure("2026-05-14", "Ascension Day")));
        var preview = await _world.PreviewOkAsync(change);
        var calendarSaved = (CommandResult?)null;
        _world.Database.BeforeNextSave(async () => calendarSaved = await _world.SaveAsync(_world.MorganSignedIn, change, preview));

        await _world.RunAsync(_world.PersonOf(_world.Gold), _mix.Paused,
            (w, v) => w.PostCustomerMessageAsync(new PostCustomerMessage(_mix.Paused, v, "Here is the log.")));

        Assert.True(calendarSaved?.Succeeded);
        var columns = await _world.ColumnsAsync();
        Assert.Equal((await _world.ReplayAsync(_mix.Paused)).DueUtcTicks, columns[_mix.Paused].DueUtcTicks);
    }

    /// <summary>
    /// A reply that stops a clock while a change "now" commits: the change counts from its preview's instant, so the
    /// finished clock's business time is counted again under it, and the record written in the same save is updated
    /// rather than added twice.
    /// </summary>
    [Fact]
    public async Task Reply_racing_a_save_records_its_finished_clock_once_counted_under_the_new_calendar()
    {
        var ticket = await _world.OpenTicketAsync(_world.Gold, "Drive faults at start-up", at: SlaTestKit.Local("Wed 2026-05-13 09:00"));
        var change = await _world.ChangeAsync(d => d.Closures.Add(Closure("2026-05-13", "Closed after a burst pipe")));
        var preview = await _world.PreviewOkAsync(change); // in force from 10:00
        _world.Time.Advance(TimeSpan.FromMinutes(5));
        var calendarSaved = (CommandResult?)null;
        _world.Database.BeforeNextSave(async () => calendarSaved = await _world.SaveAsync(_world.MorganSignedIn, change, preview));

        await _world.RunAsync(_world.AlexSignedIn, ticket, (w, v) => w.ReplyAsync(new ReplyToTicket(ticket, v, "Check the brake resistor.", false)));

        Assert.True(calendarSaved?.Succeeded);
        await using var db = _world.Database.CreateDbContext();
        var record = Assert.Single(await db.ResponseClocks.Where(r => r.TicketId == ticket).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(TimeSpan.FromHours(1), TimeSpan.FromTicks(record.BusinessTicks)); // 09:00-10:00; closed from 10:00, not 1 h 5 min
    }
}
