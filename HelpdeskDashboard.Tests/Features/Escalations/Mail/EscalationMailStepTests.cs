using HelpdeskDashboard.Features.Escalations;
using HelpdeskDashboard.Features.Notifications.Preferences;

using static HelpdeskDashboard.Tests.Features.Sla.Support.SlaTestKit;

namespace HelpdeskDashboard.Tests.Features.Escalations.Mail;

/// <summary>
/// Held escalation e-mails: sent at the start of the person's working hours, alone or as one digest, withdrawn when
/// the clock stopped or a new one started, or the category is muted, and never twice.
/// </summary>
public sealed class EscalationMailStepTests
{
    private static readonly DateTimeOffset Saturday = Local("Sat 2026-03-07 10:00");
    private static readonly DateTimeOffset MondayOpening = Local("Mon 2026-03-09 09:00");

    [Fact]
    public async Task A_notice_in_a_closed_period_is_sent_at_the_opening_as_one_digest()
    {
        await using var world = await EscalationMailWorld.CreateAsync(Saturday);
        var tickets = new[] { "Printer offline", "VPN drops", "Invoice missing" };
        var ids = new List<int>();
        foreach (var subject in tickets)
        {
            var ticket = await world.LiveTicketAsync(subject, Saturday, world.Alex);
            ids.Add(ticket.Id);
            await world.HoldAsync(ticket, world.Alex, Saturday);
        }

        Assert.All(await world.MailsAsync(), m => Assert.Equal(MondayOpening.UtcTicks, m.SendAfterUtcTicks));

        await world.RunMailStepAsync(Saturday);
        await world.RunMailStepAsync(MondayOpening.AddTicks(-1));
        Assert.All(await world.MailsAsync(), m => Assert.Equal(EscalationMailStatus.Held, m.Status));
        Assert.Empty(await world.OutboxAsync());

        await world.RunMailStepAsync(MondayOpening);
        var message = Assert.Single(await world.OutboxAsync());
        Assert.Equal(world.Alex.Email, message.To);
        Assert.Equal($"sla-digest:agent-{world.Alex.Id}:{MondayOpening.UtcTicks}", message.DeduplicationKey);
        Assert.Equal("3 SLA escalations, 3 breached", message.Subject);
        foreach (var subject in tickets)
        {
            Assert.Contains(subject, message.TextBody, StringComparison.Ordinal);
        }

        Assert.All(ids, id => Assert.Contains($"href=\"https://helpdesk.example.com/tickets/{id}\"", message.HtmlBody, StringComparison.Ordinal));
        Assert.All(await world.MailsAsync(), m => Assert.Equal((EscalationMailStatus.Sent, message.Id), (m.Status, m.OutboxMessageId)));
    }

    [Fact]
    public async Task A_single_item_is_a_single_mail_with_the_ticket_link()
    {
        var now = Local("Tue 2026-03-10 11:00");
        await using var world = await EscalationMailWorld.CreateAsync(now);
        var ticket = await world.LiveTicketAsync("Printer offline", now.AddHours(2), world.Alex);
        var held = await world.HoldAsync(ticket, world.Alex, now, EscalationThreshold.AtRisk, MailCategory.SlaAtRiskMine);
        Assert.Equal(now.UtcTicks, held.SendAfterUtcTicks); // inside the company's hours: at once

        await world.RunMailStepAsync(now);

        var message = Assert.Single(await world.OutboxAsync());
        Assert.Equal($"[#{ticket.Id}] Response target at risk: Printer offline", message.Subject);
        Assert.Equal(ticket.Id, message.TicketId);
        Assert.Equal($"sla-esc:{held.EscalationId}:agent-{world.Alex.Id}", message.DeduplicationKey);
        Assert.Contains($"https://helpdesk.example.com/tickets/{ticket.Id}", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Tue 10 Mar 2026, 13:00", message.TextBody, StringComparison.Ordinal); // due, in Alex's zone
        var mail = Assert.Single(await world.MailsAsync());
        Assert.Equal((EscalationMailStatus.Sent, message.Id), (mail.Status, mail.OutboxMessageId));
    }

    [Fact]
    public async Task A_held_mail_whose_clock_stopped_is_withdrawn_and_nothing_is_sent()
    {
        await using var world = await EscalationMailWorld.CreateAsync(Saturday);
        var stopped = await world.LiveTicketAsync("Answered on Sunday", Saturday, world.Alex);
        await world.HoldAsync(stopped, world.Alex, Saturday);
        await world.ChangeTicketAsync(stopped.Id, t => t.AwaitingResponse = false);

        await world.RunMailStepAsync(MondayOpening);

        Assert.Equal(EscalationMailStatus.Withdrawn, Assert.Single(await world.MailsAsync()).Status);
        Assert.Empty(await world.OutboxAsync());
    }

    [Fact]
    public async Task A_held_mail_of_a_clock_that_was_replaced_by_a_new_one_is_withdrawn()
    {
        await using var world = await EscalationMailWorld.CreateAsync(Saturday);
        var ticket = await world.LiveTicketAsync("Replied, then the customer wrote again", Saturday, world.Alex);
        await world.HoldAsync(ticket, world.Alex, Saturday);
        await world.ChangeTicketAsync(ticket.Id, t => t.ResponseClockStartedUtcTicks = Saturday.AddHours(5).UtcTicks);

        await world.RunMailStepAsync(MondayOpening);

        Assert.Equal(EscalationMailStatus.Withdrawn, Assert.Single(await world.MailsAsync()).Status);
        Assert.Empty(await world.OutboxAsync());
    }

    [Fact]
    public async Task A_category_muted_while_the_mail_was_held_withdraws_it_and_sends_nothing()
    {
        await using var world = await EscalationMailWorld.CreateAsync(Saturday);
        await world.HoldAsync(await world.LiveTicketAsync("Printer offline", Saturday, world.Alex), world.Alex, Saturday);
        await using (var db = world.Database.CreateDbContext())
        {
            db.MailOptOuts.Add(new MailOptOut { RecipientKind = MailRecipientKind.Agent, RecipientId = world.Alex.Id, Category = MailCategory.SlaBreachedMine });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await world.RunMailStepAsync(MondayOpening);

        Assert.Equal(EscalationMailStatus.Withdrawn, Assert.Single(await world.MailsAsync()).Status);
        Assert.Empty(await world.OutboxAsync());
    }

    [Fact]
    public async Task Running_twice_or_after_losing_the_sent_mark_queues_one_outbox_message()
    {
        await using var world = await EscalationMailWorld.CreateAsync(Saturday);
        await world.HoldAsync(await world.LiveTicketAsync("Printer offline", Saturday, world.Alex), world.Alex, Saturday);
        await world.HoldAsync(await world.LiveTicketAsync("VPN drops", Saturday, world.Alex), world.Alex, Saturday);

        await world.RunMailStepAsync(MondayOpening);
        await world.RunMailStepAsync(MondayOpening.AddMinutes(1));
        var message = Assert.Single(await world.OutboxAsync());

        // As if the rows had been committed Held again: the deduplication key still refuses a second message.
        await using (var db = world.Database.CreateDbContext())
        {
            foreach (var mail in db.EscalationMails)
            {
                (mail.Status, mail.OutboxMessageId) = (EscalationMailStatus.Held, null);
            }

            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await world.RunMailStepAsync(MondayOpening.AddMinutes(2));
        Assert.Single(await world.OutboxAsync());
        Assert.All(await world.MailsAsync(), m => Assert.Equal((EscalationMailStatus.Sent, message.Id), (m.Status, m.OutboxMessageId)));
    }

    [Fact]
    public async Task A_clock_held_at_risk_that_breached_meanwhile_is_mailed_once_as_breached()
    {
        await using var world = await EscalationMailWorld.CreateAsync(Saturday);
        var ticket = await world.LiveTicketAsync("Printer offline", Saturday, world.Alex);
        await world.HoldAsync(ticket, world.Alex, Saturday, EscalationThreshold.AtRisk, MailCategory.SlaAtRiskMine);
        var breached = await world.HoldAsync(ticket, world.Alex, Saturday.AddHours(1));

        await world.RunMailStepAsync(MondayOpening);

        var message = Assert.Single(await world.OutboxAsync());
        Assert.Equal($"[#{ticket.Id}] Response target breached: Printer offline", message.Subject);
        var mails = await world.MailsAsync();
        Assert.Equal([EscalationMailStatus.Withdrawn, EscalationMailStatus.Sent], mails.Select(m => m.Status));
        Assert.Equal(breached.Id, mails.Single(m => m.Status == EscalationMailStatus.Sent).Id);
    }

    [Theory]
    [InlineData("Mon 2026-03-09 09:00", "2026-03-09T13:00:00Z")] // US summer time, Berlin winter time: 5 hours apart
    [InlineData("Mon 2026-03-02 09:00", "2026-03-02T14:00:00Z")] // both winter time: 6 hours apart
    [InlineData("Mon 2026-10-26 09:00", "2026-10-26T13:00:00Z")] // Berlin back on winter time, US not yet
    public async Task A_New_York_agent_with_their_own_hours_is_mailed_at_nine_in_New_York_not_at_the_company_opening(string berlinOpening, string newYorkNine)
    {
        var weekend = Local(berlinOpening).AddDays(-2);
        await using var world = await EscalationMailWorld.CreateAsync(weekend);
        await world.SetHoursAsync(world.Nora, WeekdaysNineToFive);
        await world.HoldAsync(await world.LiveTicketAsync("Printer offline", weekend), world.Nora, weekend);
        var nine = DateTimeOffset.Parse(newYorkNine, System.Globalization.CultureInfo.InvariantCulture);

        await world.RunMailStepAsync(Local(berlinOpening));
        await world.RunMailStepAsync(nine.AddTicks(-1));
        Assert.Empty(await world.OutboxAsync());

        await world.RunMailStepAsync(nine);
        Assert.Equal(world.Nora.Email, Assert.Single(await world.OutboxAsync()).To);
        Assert.Equal(nine.UtcTicks, Assert.Single(await world.MailsAsync()).SendAfterUtcTicks);
    }

    internal const string WeekdaysNineToFive =
        """{"Monday":["09:00-17:00"],"Tuesday":["09:00-17:00"],"Wednesday":["09:00-17:00"],"Thursday":["09:00-17:00"],"Friday":["09:00-17:00"]}""";
}
