using HelpdeskDashboard.Features.Escalations;
using HelpdeskDashboard.Features.Notifications.Preferences;

namespace HelpdeskDashboard.Tests.Features.Escalations;

/// <summary>
/// What one pass of the scheduler writes and rings (<see cref="EscalationScheduler.ProcessDueAsync"/> at a chosen
/// instant), on a real SQLite file; e-mails go out at once (Escalations:RespectWorkingHours = false).
/// </summary>
public sealed class EscalationSchedulerTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_clock_becoming_at_risk_tells_its_assignee_by_bell_and_mail()
    {
        await using var world = await EscalationTestWorld.CreateAsync();
        var id = await world.OpenTicketAsync(world.Platinum, "Robot arm stops", world.Alex);
        var (atRisk, due, _) = await world.InstantsAsync(id);

        world.SetNow(atRisk - TimeSpan.FromTicks(1));
        await world.App.ProcessDueAsync();
        Assert.Empty(await world.NoticesAsync(id));

        world.SetNow(atRisk);
        await world.App.ProcessDueAsync();

        var notice = Assert.Single(await world.NoticesAsync(id));
        Assert.Equal((EscalationThreshold.AtRisk, EscalationOutcome.Notified, due.UtcTicks, atRisk.UtcTicks),
            (notice.Threshold, notice.Outcome, notice.DueUtcTicks, notice.ProcessedUtcTicks));
        var bell = Assert.Single(await world.App.Bell.ForAsync(world.Alex.Id, Cancel));
        Assert.Equal(id, bell.TicketId);
        Assert.Equal(EscalationText.AtRisk(id, "Robot arm stops", TimeSpan.FromHours(6), due, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), unassigned: false), bell.Text);
        Assert.Empty(await world.App.Bell.ForAsync(world.Morgan.Id, Cancel));

        var mail = Assert.Single(await world.MailsAsync(id));
        Assert.Equal((world.Alex.Id, (int)MailCategory.SlaAtRiskMine, atRisk.UtcTicks, EscalationMailStatus.Sent),
            (mail.RecipientAgentId, mail.Category, mail.SendAfterUtcTicks, mail.Status));
        var sent = Assert.Single(await world.OutboxToAsync(world.Alex));
        Assert.Equal(sent.Id, mail.OutboxMessageId);
    }

    [Fact]
    public async Task An_unassigned_clock_at_risk_tells_the_active_managers()
    {
        await using var world = await EscalationTestWorld.CreateAsync();
        var id = await world.OpenTicketAsync(world.Platinum, "Nobody has this");
        world.SetNow((await world.InstantsAsync(id)).AtRisk);

        await world.App.ProcessDueAsync();

        Assert.Equal(EscalationOutcome.Notified, Assert.Single(await world.NoticesAsync(id)).Outcome);
        Assert.Empty(await world.App.Bell.ForAsync(world.Alex.Id, Cancel));
        Assert.Empty(await world.App.Bell.ForAsync(world.Ines.Id, Cancel)); // inactive
        Assert.Contains("at risk, unassigned", Assert.Single(await world.App.Bell.ForAsync(world.Morgan.Id, Cancel)).Text, StringComparison.Ordinal);
        // Maria reads the due instant in her own zone: 12:00 in Berlin is 06:00 in New York.
        Assert.Contains("(due Wed 9 Dec 2026, 06:00 in your zone)", Assert.Single(await world.App.Bell.ForAsync(world.Maria.Id, Cancel)).Text, StringComparison.Ordinal);
        var mails = await world.MailsAsync(id);
        Assert.Equal([(world.Morgan.Id, (int)MailCategory.SlaTeamEscalations), (world.Maria.Id, (int)MailCategory.SlaTeamEscalations)],
            mails.Select(m => (m.RecipientAgentId, m.Category)).OrderBy(m => m.Item1 == world.Morgan.Id ? 0 : 1));
    }

    [Fact]
    public async Task A_breach_tells_the_assignee_and_the_managers_and_supersedes_an_unsent_at_risk_notice()
    {
        await using var world = await EscalationTestWorld.CreateAsync();
        var id = await world.OpenTicketAsync(world.Platinum, "Line down", world.Alex);
        var (_, due, breach) = await world.InstantsAsync(id);

        world.SetNow(breach - TimeSpan.FromTicks(1));
        await world.App.ProcessDueAsync(); // at risk only
        world.SetNow(breach);
        await world.App.ProcessDueAsync();

        var notices = await world.NoticesAsync(id);
        Assert.Equal([(EscalationThreshold.AtRisk, EscalationOutcome.Notified), (EscalationThreshold.Breached, EscalationOutcome.Notified)],
            notices.Select(n => (n.Threshold, n.Outcome)));
        Assert.Equal(2, (await world.App.Bell.ForAsync(world.Alex.Id, Cancel)).Count);
        Assert.StartsWith($"#{id} Line down — breached: the reply was due", (await world.App.Bell.ForAsync(world.Alex.Id, Cancel))[0].Text, StringComparison.Ordinal);
        Assert.Single(await world.App.Bell.ForAsync(world.Morgan.Id, Cancel));
        Assert.Single(await world.App.Bell.ForAsync(world.Maria.Id, Cancel));
        var breachMails = (await world.MailsAsync(id)).Where(m => m.EscalationId == notices[1].Id).Select(m => (m.RecipientAgentId, m.Category)).ToHashSet();
        Assert.Equal([(world.Alex.Id, (int)MailCategory.SlaBreachedMine), (world.Morgan.Id, (int)MailCategory.SlaTeamEscalations), (world.Maria.Id, (int)MailCategory.SlaTeamEscalations)], breachMails);

        // A second ticket first seen after its breach: the at-risk notice is superseded, only the breach is told.
        world.SetNow(EscalationTestWorld.MondayMorning.AddDays(7));
        var late = await world.OpenTicketAsync(world.Platinum, "Seen late", world.Alex);
        world.SetNow((await world.InstantsAsync(late)).Breach + TimeSpan.FromHours(1));
        await world.App.ProcessDueAsync();
        Assert.Equal([(EscalationThreshold.AtRisk, EscalationOutcome.Superseded), (EscalationThreshold.Breached, EscalationOutcome.Notified)],
            (await world.NoticesAsync(late)).Select(n => (n.Threshold, n.Outcome)));
        Assert.Equal(3, (await world.App.Bell.ForAsync(world.Alex.Id, Cancel)).Count);
        Assert.All(await world.MailsAsync(late), m => Assert.NotEqual((int)MailCategory.SlaAtRiskMine, m.Category));
        _ = due;
    }

    [Fact]
    public async Task A_threshold_is_told_exactly_once_across_a_restart_and_a_second_app_on_the_same_database()
    {
        await using var world = await EscalationTestWorld.CreateAsync();
        var id = await world.OpenTicketAsync(world.Platinum, "Told once", world.Alex);
        world.SetNow((await world.InstantsAsync(id)).AtRisk);
        var second = world.StartApp();

        // Both at the same moment (BEGIN IMMEDIATE: one waits for the other and then finds the notice), then again.
        await Task.WhenAll(world.App.ProcessDueAsync(), second.ProcessDueAsync());
        await world.App.ProcessDueAsync();
        var restarted = world.StartApp();
        await restarted.ProcessDueAsync();

        Assert.Single(await world.NoticesAsync(id));
        Assert.Single(await world.MailsAsync(id));
        Assert.Single(await world.OutboxToAsync(world.Alex));
        // The bell is stored in the database: every app shows the one notification.
        Assert.Single(await world.App.Bell.ForAsync(world.Alex.Id, Cancel));
        Assert.Single(await restarted.Bell.ForAsync(world.Alex.Id, Cancel));
    }

    [Fact]
    public async Task A_clock_stopped_before_its_threshold_tells_nobody()
    {
        await using var world = await EscalationTestWorld.CreateAsync();
        var id = await world.OpenTicketAsync(world.Platinum, "Answered in time", world.Alex);
        var (atRisk, _, breach) = await world.InstantsAsync(id);

        world.SetNow(atRisk - TimeSpan.FromMinutes(1));
        await world.ReplyAsync(id);
        world.SetNow(breach + TimeSpan.FromDays(3));
        await world.App.ProcessDueAsync();

        Assert.Empty(await world.NoticesAsync(id));
        Assert.Empty(await world.App.Bell.ForAsync(world.Alex.Id, Cancel));
        Assert.Empty(await world.App.Bell.ForAsync(world.Morgan.Id, Cancel));
        Assert.Empty(await world.OutboxToAsync(world.Alex));
    }

    [Fact]
    public async Task A_paused_clock_tells_nobody_until_it_runs_again()
    {
        await using var world = await EscalationTestWorld.CreateAsync();
        var id = await world.OpenTicketAsync(world.Platinum, "Waiting on the customer", world.Alex);
        var (atRisk, _, breach) = await world.InstantsAsync(id);

        world.SetNow(atRisk - TimeSpan.FromHours(1));
        await world.PauseAsync(id);
        world.SetNow(breach + TimeSpan.FromDays(1));
        await world.App.ProcessDueAsync();
        Assert.Empty(await world.NoticesAsync(id));
        Assert.Empty(await world.App.Scheduler.NextInstantAsync(world.Time.GetUtcNow(), Cancel) is { } next ? [next] : Array.Empty<DateTimeOffset>());

        await world.CustomerWritesAsync(id); // the clock runs on with the hour it had left before at-risk
        var resumed = await world.InstantsAsync(id);
        Assert.Equal(resumed.AtRisk, await world.App.Scheduler.NextInstantAsync(world.Time.GetUtcNow(), Cancel));
        world.SetNow(resumed.AtRisk);
        await world.App.ProcessDueAsync();
        Assert.Equal(EscalationOutcome.Notified, Assert.Single(await world.NoticesAsync(id)).Outcome);
        Assert.Single(await world.App.Bell.ForAsync(world.Alex.Id, Cancel));
    }

    [Fact]
    public async Task A_switched_off_kind_is_recorded_as_disabled_and_nobody_is_told()
    {
        await using var world = await EscalationTestWorld.CreateAsync(settings: new() { ["Escalations:AtRisk:Enabled"] = "false" });
        var id = await world.OpenTicketAsync(world.Platinum, "Quiet", world.Alex);
        world.SetNow((await world.InstantsAsync(id)).AtRisk);

        await world.App.ProcessDueAsync();
        await world.App.ProcessDueAsync();

        Assert.Equal(EscalationOutcome.Disabled, Assert.Single(await world.NoticesAsync(id)).Outcome);
        Assert.Empty(await world.App.Bell.ForAsync(world.Alex.Id, Cancel));
        Assert.Empty(await world.MailsAsync(id));
        Assert.Empty(await world.OutboxToAsync(world.Alex));
    }

    [Fact]
    public async Task A_muted_category_rings_the_bell_but_writes_no_mail()
    {
        await using var world = await EscalationTestWorld.CreateAsync();
        await world.MuteAsync(world.Alex, MailCategory.SlaAtRiskMine);
        var id = await world.OpenTicketAsync(world.Platinum, "Bell only", world.Alex);
        world.SetNow((await world.InstantsAsync(id)).AtRisk);

        await world.App.ProcessDueAsync();

        Assert.Single(await world.App.Bell.ForAsync(world.Alex.Id, Cancel));
        Assert.Empty(await world.MailsAsync(id));
        Assert.Empty(await world.OutboxToAsync(world.Alex));
    }

    [Fact]
    public async Task The_next_instant_is_the_earliest_at_risk_breach_or_held_mail_instant()
    {
        await using var world = await EscalationTestWorld.CreateAsync(settings: new() { ["Escalations:AtRisk:Enabled"] = "false" });
        Assert.Null(await world.App.Scheduler.NextInstantAsync(world.Time.GetUtcNow(), Cancel));
        var platinum = await world.OpenTicketAsync(world.Platinum, "Platinum", world.Alex);
        var gold = await world.OpenTicketAsync(world.Gold, "Gold", world.Alex);
        var p = await world.InstantsAsync(platinum);
        var g = await world.InstantsAsync(gold);
        Assert.True(p.AtRisk < g.AtRisk);

        Assert.Equal(p.AtRisk, await world.App.Scheduler.NextInstantAsync(world.Time.GetUtcNow(), Cancel));
        world.SetNow(p.AtRisk);
        await world.App.ProcessDueAsync();
        // Platinum's breach (one tick of business time after its due instant) comes before Gold's at-risk instant.
        Assert.Equal(p.Breach, await world.App.Scheduler.NextInstantAsync(p.AtRisk, Cancel));
        Assert.Equal(p.Due.UtcTicks + 1, p.Breach.UtcTicks);
    }

    [Fact]
    public void The_bell_says_the_ticket_the_time_left_and_the_due_instant_in_the_recipients_zone()
    {
        var due = new DateTimeOffset(2026, 12, 3, 14, 0, 0, TimeSpan.FromHours(1));
        Assert.Equal("#123 Printer offline — at risk: 2 h 10 min left (due Thu 3 Dec 2026, 14:00 in your zone)",
            EscalationText.AtRisk(123, "Printer offline", new TimeSpan(2, 10, 59), due, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), unassigned: false));
        Assert.Equal("#123 Printer offline — breached, unassigned: the reply was due Thu 3 Dec 2026, 08:00 in your zone",
            EscalationText.Breached(123, "Printer offline", due, TimeZoneInfo.FindSystemTimeZoneById("America/New_York"), unassigned: true));
    }

    [Fact]
    public void Agents_get_their_own_SLA_mail_categories_and_only_managers_the_team_escalations()
    {
        Assert.Contains(MailCategory.SlaAtRiskMine, MailCategories.For(MailRecipientKind.Agent));
        Assert.Contains(MailCategory.SlaBreachedMine, MailCategories.For(MailRecipientKind.Agent));
        Assert.DoesNotContain(MailCategory.SlaTeamEscalations, MailCategories.For(MailRecipientKind.Agent));
        Assert.Contains(MailCategory.SlaTeamEscalations, MailCategories.For(MailRecipientKind.Agent, isManager: true));
        Assert.DoesNotContain(MailCategory.SlaAtRiskMine, MailCategories.For(MailRecipientKind.Customer));
        Assert.All(MailCategories.For(MailRecipientKind.Agent, isManager: true),
            c => Assert.NotEqual(c.ToString(), MailCategories.Title(c)));
    }

    [Fact]
    public void Options_that_tell_nobody_are_refused_naming_the_setting()
    {
        var result = new EscalationOptionsValidator().Validate(new EscalationOptions
        {
            Breached = new BreachedEscalation { NotifyAssignee = false, NotifyManagers = false },
        });
        Assert.Equal("Breached.NotifyAssignee", Assert.Single(result.Errors).PropertyName);
        Assert.True(new EscalationOptionsValidator().Validate(new EscalationOptions
        {
            Breached = new BreachedEscalation { Enabled = false, NotifyAssignee = false, NotifyManagers = false },
        }).IsValid);
    }

}
