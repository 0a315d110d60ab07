using HelpdeskDashboard.Features.Notifications.Preferences;
using HelpdeskDashboard.Features.Portal.Tickets;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.Attachments;
using HelpdeskDashboard.Features.Tickets.Workflow;
using HelpdeskDashboard.Tests.Features.Portal.Support;

namespace HelpdeskDashboard.Tests.Features.Tickets.Mail;

/// <summary>The mails ticket changes queue in the outbox, through the real portal and workflow services.</summary>
public sealed class TicketMailTests : IAsyncLifetime
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private PortalTestWorld _world = null!;

    public async ValueTask InitializeAsync() => _world = await PortalTestWorld.CreateAsync();

    public ValueTask DisposeAsync() => _world.DisposeAsync();

    [Fact]
    public async Task A_new_inquiry_tells_the_customer_the_target_and_due_instant_in_their_own_zone_and_every_agent_of_the_unassigned_ticket()
    {
        var id = await InquiryAsync("Anna", "Line stops at night");

        var mails = await _world.OutboxAsync();
        var received = Assert.Single(mails, m => m.To == _world.People["Anna"].Email);
        Assert.Equal($"[#{id}] We received your request: Line stops at night", received.Subject);
        // Wednesday 10:00 Berlin + 72 business hours (whole weekdays) = Monday 10:00 Berlin = 04:00 in New York.
        Assert.Contains("first answer within 72 business hours: by Mon 18 May 2026, 04:00 (New York (UTC−04:00))", received.TextBody, StringComparison.Ordinal);
        Assert.Contains($"https://helpdesk.example.com/tickets/{id}", received.TextBody, StringComparison.Ordinal);
        Assert.Equal((id, true, "support@example.com"), (received.TicketId!.Value, received.IsAutomatic, received.ReplyTo));

        var agents = Assert.Single(mails, m => m.To == _world.Alex.Email);
        Assert.Equal($"[#{id}] New ticket from Kessler Steuerungsbau GmbH: Line stops at night", agents.Subject);
        Assert.Contains("Kessler Steuerungsbau GmbH wrote:\n  Details", agents.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_basic_customers_paid_support_request_is_told_there_is_no_target_and_the_hourly_rate()
    {
        var id = await InquiryAsync("Bernd", "Export question", new NewInquiry { Kind = TicketKind.PaidSupportRequest, AcceptsHourlyRate = true });

        var received = Assert.Single(await _world.OutboxAsync(), m => m.To == _world.People["Bernd"].Email);
        Assert.Contains("no response target on your Basic plan, and support is charged at €75.00 per hour", received.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("promises", received.TextBody, StringComparison.Ordinal);
        Assert.StartsWith($"[#{id}]", received.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_public_reply_mails_the_customer_the_text_first_name_link_history_and_files_and_an_internal_note_mails_nobody()
    {
        var id = await InquiryAsync("Anna", "Encoder fault");
        var before = (await _world.OutboxAsync()).Count;

        await using (var alex = _world.As("Alex"))
        {
            var ticket = await _world.TicketAsync(id);
            var noted = await alex.Workflow.ReplyAsync(new ReplyToTicket(id, ticket.Version, "Customer runs firmware 1.0 – check.", IsInternalNote: true), Cancel);
            Assert.True(noted.Succeeded);
            Assert.Equal(before, (await _world.OutboxAsync()).Count);

            var log = new IncomingFile("trace.log", 11, () => new MemoryStream("hello trace"u8.ToArray()));
            var replied = await alex.Workflow.ReplyAsync(new ReplyToTicket(id, noted.Value, "Please update to firmware 2.1.", IsInternalNote: false, [log]), Cancel);
            Assert.True(replied.Succeeded);
        }

        var reply = Assert.Single((await _world.OutboxAsync()).Skip(before));
        Assert.Equal(_world.People["Anna"].Email, reply.To);
        Assert.Equal($"[#{id}] Encoder fault", reply.Subject);
        Assert.False(reply.IsAutomatic);
        Assert.Contains("Alex from support wrote:\n  Please update to firmware 2.1.", reply.TextBody, StringComparison.Ordinal);
        Assert.Contains("Attached:\n- trace.log (11 bytes)", reply.TextBody, StringComparison.Ordinal);
        Assert.Contains("--- Earlier in this conversation ---", reply.TextBody, StringComparison.Ordinal);
        Assert.Contains("Anna Tester, Wed 13 May 2026, 04:00:\n  Details", reply.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("firmware 1.0", reply.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("firmware 1.0", reply.HtmlBody, StringComparison.Ordinal);
        var file = Assert.Single(reply.Attachments);
        Assert.Equal(("trace.log", 11L), (file.FileName, file.SizeBytes));
    }

    [Theory]
    [InlineData(TicketStatus.WaitingOnCustomer, "We need your answer: Encoder fault", "waiting for your answer")]
    [InlineData(TicketStatus.Resolved, "Resolved: Encoder fault", "Just reply to this mail and the request reopens.")]
    public async Task Waiting_on_the_customer_and_resolved_are_mailed(TicketStatus status, string subject, string sentence)
    {
        var id = await InquiryAsync("Anna", "Encoder fault");
        var before = (await _world.OutboxAsync()).Count;

        await using (var alex = _world.As("Alex"))
        {
            var ticket = await _world.TicketAsync(id);
            var opened = await alex.Workflow.ChangeStatusAsync(new ChangeTicketStatus(id, ticket.Version, TicketStatus.Open), Cancel);
            Assert.True((await alex.Workflow.ChangeStatusAsync(new ChangeTicketStatus(id, opened.Value, status), Cancel)).Succeeded);
        }

        var mail = Assert.Single((await _world.OutboxAsync()).Skip(before));
        Assert.Equal($"[#{id}] {subject}", mail.Subject);
        Assert.Contains(sentence, mail.TextBody, StringComparison.Ordinal);
        Assert.True(mail.IsAutomatic);
    }

    [Fact]
    public async Task A_customers_reply_mails_the_assignee()
    {
        var id = await _world.AddTicketAsync(_world.Gold, "Assigned ticket", TicketStatus.Open, _world.Alex);

        await using (var anna = _world.As("Anna"))
        {
            var ticket = await _world.TicketAsync(id);
            Assert.True((await anna.Workflow.PostCustomerMessageAsync(new PostCustomerMessage(id, ticket.Version, "It happened again at 03:12."), Cancel)).Succeeded);
        }

        var mail = Assert.Single(await _world.OutboxAsync());
        Assert.Equal((_world.Alex.Email, $"[#{id}] Kessler Steuerungsbau GmbH replied: Assigned ticket"), (mail.To, mail.Subject));
        Assert.Contains("Anna Tester (Kessler Steuerungsbau GmbH) wrote:\n  It happened again at 03:12.", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_category_switched_off_on_the_profile_is_not_mailed_and_the_others_still_are()
    {
        await using (var anna = _world.As("Anna"))
        {
            Assert.True((await anna.Preferences.SetMineAsync(new ChangeMailPreference(MailCategory.RequestReceived, On: false), Cancel)).Succeeded);
            Assert.Contains(await anna.Preferences.GetMineAsync(Cancel) ?? [], p => p.Category == MailCategory.RequestReceived && !p.On);
        }

        await using (var alex = _world.As("Alex"))
        {
            Assert.True((await alex.Preferences.SetMineAsync(new ChangeMailPreference(MailCategory.NewUnassignedTickets, On: false), Cancel)).Succeeded);
        }

        await InquiryAsync("Anna", "Quiet please");
        await InquiryAsync("Paula", "Tell me");

        Assert.Equal([_world.People["Paula"].Email], (await _world.OutboxAsync()).Select(m => m.To));
    }

    [Fact]
    public async Task A_person_cannot_switch_a_category_of_another_kind_of_person()
    {
        await using var anna = _world.As("Anna");

        var result = await anna.Preferences.SetMineAsync(new ChangeMailPreference(MailCategory.AssignedToMe, On: false), Cancel);

        Assert.False(result.Succeeded);
        Assert.Equal(["\"AssignedToMe\" is not a kind of mail you receive."], result.Errors);
    }

    [Fact]
    public async Task Nobody_signed_in_has_no_preferences()
    {
        await using var nobody = _world.As("nobody");

        Assert.Null(await nobody.Preferences.GetMineAsync(Cancel));
        Assert.False((await nobody.Preferences.SetMineAsync(new ChangeMailPreference(MailCategory.Resolved, On: false), Cancel)).Succeeded);
    }

    private async Task<int> InquiryAsync(string who, string subject, NewInquiry? inquiry = null)
    {
        inquiry ??= new NewInquiry();
        inquiry.Subject = subject;
        inquiry.Body = "Details";
        var result = await _world.SubmitAsync(who, inquiry);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        return result.Value;
    }
}
