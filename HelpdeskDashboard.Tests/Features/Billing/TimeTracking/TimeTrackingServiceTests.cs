using HelpdeskDashboard.Features.Billing.TimeTracking;
using HelpdeskDashboard.Features.Billing.Usage;
using HelpdeskDashboard.Features.Notifications;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Tests.Features.Tickets.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Tests.Features.Billing.TimeTracking;

public sealed class TimeTrackingServiceTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 5, 13);
    private static readonly BillingMonth May = new(2026, 5);
    private BillingTestWorld _world = null!;
    private int _goldTicket;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _world = await BillingTestWorld.CreateAsync(TicketTestWorld.Start);
        _goldTicket = await _world.Tickets.OpenTicketAsync(_world.Tickets.Gold, "PLC does not boot");
    }

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    private Task<CommandResult<int>> LogAsync(string who, int minutes, bool billable = true, DateOnly? date = null) =>
        _world.TimeAsync(_world.Tickets.SignedIn(who), t => t.LogAsync(new LogTicketTime(_goldTicket, date ?? Today, minutes, "Remote session", billable)));

    private async Task<List<string>> OutboxKeysAsync()
    {
        await using var db = _world.OpenDb();
        return await db.OutboxMessages.OrderBy(m => m.Id).Select(m => m.DeduplicationKey!).ToListAsync(Cancel);
    }

    private async Task<List<(string Action, string? Old, string? New)>> AuditAsync()
    {
        await using var db = _world.OpenDb();
        return [.. (await db.AuditEntries.Where(a => a.EntityType == TimeTrackingService.EntityType).OrderBy(a => a.Id).ToListAsync(Cancel))
            .Select(a => (a.Action, a.OldValue, a.NewValue))];
    }

    private async Task<int> OnlyEntryIdAsync()
    {
        await using var db = _world.OpenDb();
        return await db.TimeEntries.Select(e => e.Id).SingleAsync(Cancel);
    }

    [Fact]
    public async Task Logging_time_writes_the_entry_and_an_audit_row_and_publishes_the_ticket_and_the_usage()
    {
        var result = await LogAsync("Alex", 90);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        Assert.Equal([(TimeTrackingService.Logged, null, "2026-05-13 90 min billable: Remote session")], (await AuditAsync()).Select(a => (a.Action, a.Old, a.New)));
        Assert.Equal([_world.Tickets.Gold.Id], _world.UsageChanges);
        Assert.Contains(_world.TicketChanges, c => c.TicketId == _goldTicket && c.Kind == TicketChangeKind.TimeLogged);
        Assert.Equal(90, (await _world.UsageAsync(_world.Tickets.Gold.Id, May)).UsedMinutes);
    }

    public static TheoryData<string, int, int, int, string> InvalidEntries => new()
    {
        { "0 minutes", 0, 0, 4, "Minutes must be between 1 and 1440 (one day); 0 was given." },
        { "1441 minutes", 0, 1441, 4, "Minutes must be between 1 and 1440 (one day); 1441 was given." },
        { "work date tomorrow in the company's zone", 1, 30, 4, "The work date 2026-05-14 is in the future; time can only be logged for today or earlier." },
        { "note of 1,001 characters", 0, 30, 1001, "The note can be at most 1000 characters; it has 1001." },
    };

    [Theory]
    [MemberData(nameof(InvalidEntries))]
    public async Task Invalid_time_is_refused_with_its_message_and_nothing_is_written_or_published(string label, int days, int minutes, int noteLength, string error)
    {
        var result = await _world.TimeAsync(_world.Tickets.AlexSignedIn,
            t => t.LogAsync(new LogTicketTime(_goldTicket, Today.AddDays(days), minutes, new string('n', noteLength), true)));

        Assert.True(result.Outcome == CommandOutcome.Invalid, label);
        Assert.Equal([error], result.Errors);
        await using var db = _world.OpenDb();
        Assert.Empty(await db.TimeEntries.ToListAsync(Cancel));
        Assert.Empty(_world.UsageChanges);
    }

    [Theory]
    [InlineData("Anna")]
    [InlineData("nobody")]
    public async Task Only_the_support_team_logs_time(string who)
    {
        var result = await LogAsync(who, 30);

        Assert.Equal(CommandOutcome.Forbidden, result.Outcome);
        Assert.Equal(["Only the support team can log time."], result.Errors);
        await using var db = _world.OpenDb();
        Assert.Empty(await db.TimeEntries.ToListAsync(Cancel));
    }

    [Fact]
    public async Task Time_logged_late_in_the_evening_in_berlin_may_use_the_berlin_date_although_utc_is_a_day_behind()
    {
        // 00:30 on Thursday in Berlin is still Wednesday in UTC: Thursday is "today" for the company.
        _world.Tickets.SetNow(new DateTimeOffset(2026, 5, 14, 0, 30, 0, TimeSpan.FromHours(2)));

        var result = await LogAsync("Alex", 30, date: Today.AddDays(1));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
    }

    [Fact]
    public async Task Logged_time_belongs_to_the_tickets_customer_and_the_signed_in_agent_and_leaves_the_ticket_version_alone()
    {
        var result = await _world.TimeAsync(_world.Tickets.JonasSignedIn, t => t.LogAsync(new LogTicketTime(_goldTicket, Today, 45, "Remote session ", false)));

        Assert.Equal((CommandOutcome.Succeeded, 0), (result.Outcome, result.Value));
        await using var db = _world.OpenDb();
        var entry = await db.TimeEntries.SingleAsync(Cancel);
        Assert.Equal(
            (_goldTicket, _world.Tickets.Gold.Id, _world.Tickets.Jonas.Id, Today, 45, "Remote session", false),
            (entry.TicketId, entry.CustomerId, entry.AgentId, entry.WorkDate, entry.Minutes, entry.Note, entry.Billable));
        Assert.Equal(0, (await _world.Tickets.TicketAsync(_goldTicket)).Version);
    }

    [Fact]
    public async Task The_ticket_page_lists_entries_with_notes_for_the_team_and_without_them_for_the_customer()
    {
        await _world.TimeAsync(_world.Tickets.JonasSignedIn, t => t.LogAsync(new LogTicketTime(_goldTicket, Today, 25, "Looked at PLC logs, customer confused", true)));

        var agentView = await _world.AsAsync(_world.Tickets.AlexSignedIn, sp => sp.GetRequiredService<ITimeTracking>().EntriesAsync(_goldTicket, Cancel));
        var customerView = await _world.AsAsync(_world.Tickets.GoldPersonSignedIn, sp => sp.GetRequiredService<ITimeTracking>().EntriesAsync(_goldTicket, Cancel));
        var otherCustomerView = await _world.AsAsync(_world.Tickets.OtherGoldPersonSignedIn, sp => sp.GetRequiredService<ITimeTracking>().EntriesAsync(_goldTicket, Cancel));

        Assert.Equal([(_world.Tickets.Jonas.Id, "Jonas Weber", 25, "Looked at PLC logs, customer confused", true)],
            agentView.Select(e => (e.AgentId, e.AgentName, e.Minutes, e.Note, e.Billable)));
        Assert.Equal([(25, "", "Jonas Weber")], customerView.Select(e => (e.Minutes, e.Note, e.AgentName)));
        Assert.Empty(otherCustomerView);
    }

    [Fact]
    public async Task Crossing_75_and_then_100_percent_mails_each_threshold_once_per_month()
    {
        await LogAsync("Alex", 170);          // 71 %
        Assert.Empty(await OutboxKeysAsync());

        await LogAsync("Alex", 10);           // 75 %
        await LogAsync("Jonas", 30);          // 87 %: 75 % already mailed
        await LogAsync("Alex", 30);           // 100 %
        await LogAsync("Alex", 60);           // over: 100 % already mailed

        var gold = _world.Tickets.Gold.Id;
        Assert.Equal([UsageAlertWriter.DeduplicationKey(gold, May, 75), UsageAlertWriter.DeduplicationKey(gold, May, 100)], await OutboxKeysAsync());
        await using var db = _world.OpenDb();
        var mail = await db.OutboxMessages.OrderBy(m => m.Id).FirstAsync(Cancel);
        Assert.Equal((_world.Tickets.Gold.ContactEmail, OutboxStatus.Pending), (mail.To, mail.Status));
        Assert.Contains("75 %", mail.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Non_billable_time_and_time_for_last_month_raise_no_alert()
    {
        await LogAsync("Alex", 600, billable: false);
        await LogAsync("Alex", 600, date: new DateOnly(2026, 4, 30));

        Assert.Empty(await OutboxKeysAsync());
    }

    [Fact]
    public async Task An_agent_corrects_their_own_entry_and_the_audit_keeps_old_and_new()
    {
        await LogAsync("Alex", 90);
        var id = await OnlyEntryIdAsync();

        var result = await _world.TimeAsync(_world.Tickets.AlexSignedIn, t => t.ChangeAsync(new ChangeTimeEntry(id, Today, 60, "Shorter call", false)));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var change = (await AuditAsync())[^1];
        Assert.Equal((TimeTrackingService.Changed, "2026-05-13 90 min billable: Remote session", "2026-05-13 60 min not billable: Shorter call"), change);
        Assert.Equal(0, (await _world.UsageAsync(_world.Tickets.Gold.Id, May)).UsedMinutes);
    }

    [Fact]
    public async Task An_agent_may_not_correct_or_delete_a_colleagues_entry()
    {
        await LogAsync("Alex", 90);
        var id = await OnlyEntryIdAsync();
        var before = await _world.Tickets.StateAsync();

        var change = await _world.TimeAsync(_world.Tickets.JonasSignedIn, t => t.ChangeAsync(new ChangeTimeEntry(id, Today, 30, "", true)));
        var delete = await _world.TimeAsync(_world.Tickets.JonasSignedIn, t => t.DeleteAsync(new DeleteTimeEntry(id)));

        Assert.Equal((CommandOutcome.Forbidden, CommandOutcome.Forbidden), (change.Outcome, delete.Outcome));
        Assert.Equal(before, await _world.Tickets.StateAsync());
    }

    [Fact]
    public async Task A_manager_may_correct_and_delete_anyones_entry_and_both_are_audited()
    {
        await LogAsync("Alex", 90);
        var id = await OnlyEntryIdAsync();

        var change = await _world.TimeAsync(_world.Tickets.MorganSignedIn, t => t.ChangeAsync(new ChangeTimeEntry(id, Today, 45, "Checked", true)));
        var delete = await _world.TimeAsync(_world.Tickets.MorganSignedIn, t => t.DeleteAsync(new DeleteTimeEntry(id)));

        Assert.True(change.Succeeded && delete.Succeeded);
        Assert.Equal([TimeTrackingService.Logged, TimeTrackingService.Changed, TimeTrackingService.Deleted], (await AuditAsync()).Select(a => a.Action));
        Assert.Equal("2026-05-13 45 min billable: Checked", (await AuditAsync())[^1].Old);
        await using var db = _world.OpenDb();
        Assert.Empty(await db.TimeEntries.ToListAsync(Cancel));
    }

    [Fact]
    public async Task A_correction_into_the_future_is_refused_and_the_entry_stays()
    {
        await LogAsync("Alex", 90);
        var id = await OnlyEntryIdAsync();

        var result = await _world.TimeAsync(_world.Tickets.AlexSignedIn, t => t.ChangeAsync(new ChangeTimeEntry(id, Today.AddDays(1), 90, "", true)));

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        Assert.Equal(90, (await _world.UsageAsync(_world.Tickets.Gold.Id, May)).UsedMinutes);
    }

    [Fact]
    public async Task Customers_cannot_delete_time_entries_even_on_their_own_tickets()
    {
        await LogAsync("Alex", 30);
        var id = await OnlyEntryIdAsync();

        var result = await _world.TimeAsync(_world.Tickets.GoldPersonSignedIn, t => t.DeleteAsync(new DeleteTimeEntry(id)));

        Assert.Equal(CommandOutcome.Forbidden, result.Outcome);
        Assert.Equal(30, (await _world.UsageAsync(_world.Tickets.Gold.Id, May)).UsedMinutes);
    }
}
