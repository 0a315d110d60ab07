using HelpdeskDashboard.Features.Mailbox;
using HelpdeskDashboard.Features.Notifications;
using HelpdeskDashboard.Features.Notifications.Email;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Tests.Features.Portal.Support;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Tests.Features.Mailbox;

/// <summary>Received mail through the real processor, portal and workflow services on a SQLite file.</summary>
public sealed class InboundMailProcessorTests : IAsyncLifetime
{
    private PortalTestWorld _world = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _world = await PortalTestWorld.CreateAsync();

    public ValueTask DisposeAsync() => _world.DisposeAsync();

    private string Anna => _world.People["Anna"].Email;

    [Fact]
    public async Task A_gold_persons_new_mail_becomes_a_support_inquiry_with_the_tiers_clock_and_is_acknowledged()
    {
        var result = await _world.ReceiveAsync(MailSamples.Plain(Anna.ToUpperInvariant(), "Line stops at night", "Since Monday the line stops at 03:00."));

        Assert.Equal(InboundOutcome.NewTicket, result.Outcome);
        var ticket = await _world.TicketAsync(result.TicketId!.Value);
        Assert.Equal((TicketKind.SupportInquiry, TicketStatus.New, "Line stops at night", _world.Gold.Id), (ticket.Kind, ticket.Status, ticket.Subject, ticket.CustomerId));
        Assert.True(ticket.AwaitingResponse);
        Assert.NotNull(ticket.ResponseDueUtcTicks);
        var message = Assert.Single(await MessagesAsync(ticket.Id));
        Assert.Equal(("Since Monday the line stops at 03:00.", true, _world.People["Anna"].Id), (message.Body, message.ViaEmail, message.AuthorCustomerUserId!.Value));
        Assert.Contains(await _world.OutboxAsync(), m => m.To == Anna && m.Subject == $"[#{ticket.Id}] We received your request: Line stops at night");
        Assert.Contains(_world.Published, c => c.TicketId == ticket.Id && c.Kind == TicketChangeKind.Created);
    }

    [Fact]
    public async Task A_reply_to_one_of_our_mails_is_added_to_its_ticket_and_reopens_it_with_the_clock_running()
    {
        var id = await _world.AddTicketAsync(_world.Gold, "Encoder fault", TicketStatus.Resolved);
        var ours = await QueueMailAboutAsync(id, Anna);
        var reply = MailSamples.Plain(Anna, "Re: Encoder fault (subject edited)", $"Still broken.\n\nOn Tue, Support wrote:\n> resolved");
        reply.InReplyTo = OutboxMimeBuilder.MessageIdFor(ours, TicketMailFrom);

        var result = await _world.ReceiveAsync(reply);

        Assert.Equal((InboundOutcome.AddedToTicket, id), (result.Outcome, result.TicketId));
        var ticket = await _world.TicketAsync(id);
        Assert.Equal(TicketStatus.Open, ticket.Status);
        Assert.True(ticket.AwaitingResponse);
        Assert.Equal("Still broken.", Assert.Single(await MessagesAsync(id)).Body);
        Assert.Contains(_world.Published, c => c.TicketId == id && c.Kind == TicketChangeKind.CustomerMessage);
    }

    [Fact]
    public async Task The_subject_tag_finds_the_ticket_when_the_thread_headers_are_gone()
    {
        var id = await _world.AddTicketAsync(_world.Gold, "Encoder fault", TicketStatus.WaitingOnCustomer);

        var result = await _world.ReceiveAsync(MailSamples.Plain(Anna, $"AW: [#{id}] Encoder fault", "Here is the log."));

        Assert.Equal((InboundOutcome.AddedToTicket, id), (result.Outcome, result.TicketId));
        Assert.Equal(TicketStatus.Open, (await _world.TicketAsync(id)).Status);
    }

    [Fact]
    public async Task Another_companys_person_naming_a_ticket_that_is_not_theirs_never_reaches_it()
    {
        var id = await _world.AddTicketAsync(_world.Gold, "Encoder fault", TicketStatus.Open);

        var result = await _world.ReceiveAsync(MailSamples.Plain(_world.People["Ben"].Email, $"[#{id}] Encoder fault", "Let me in."));

        Assert.Equal(InboundOutcome.AwaitingReview, result.Outcome);
        Assert.Equal($"names ticket #{id}, which belongs to another customer", result.Detail);
        Assert.Empty(await MessagesAsync(id));
        Assert.Empty(await _world.OutboxAsync());
    }

    [Fact]
    public async Task A_basic_persons_mail_opens_no_ticket_and_is_answered_with_the_forum_and_paid_support()
    {
        var result = await _world.ReceiveAsync(MailSamples.Plain(_world.People["Bernd"].Email, "Export question", "How do I export?"));

        Assert.Equal(InboundOutcome.BasicAnswered, result.Outcome);
        Assert.Equal(0, await CountTicketsAsync());
        var answer = Assert.Single(await _world.OutboxAsync());
        Assert.Equal((_world.People["Bernd"].Email, "Re: Export question", true), (answer.To, answer.Subject, answer.IsAutomatic));
        Assert.Contains(PortalTestWorld.ForumUrl, answer.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://helpdesk.example.com/portal/tickets/new", answer.TextBody, StringComparison.Ordinal);
        Assert.Contains("€75.00 per hour", answer.TextBody, StringComparison.Ordinal);
        Assert.Equal("How do I export?", (await _world.InboundAsync(result.InboundMailId!.Value)).Text);
    }

    [Fact]
    public async Task An_unknown_sender_gets_no_ticket_and_no_answer_and_waits_for_review()
    {
        var result = await _world.ReceiveAsync(MailSamples.Plain("stranger@unknown.example", "Hello", "Can you help?"));

        Assert.Equal((InboundOutcome.AwaitingReview, "unknown sender"), (result.Outcome, result.Detail));
        Assert.Equal(0, await CountTicketsAsync());
        Assert.Empty(await _world.OutboxAsync());
    }

    public static TheoryData<string, string, string> AutomaticHeaders => new()
    {
        { "auto-reply", "Auto-Submitted", "auto-replied" },
        { "bulk", "Precedence", "bulk" },
        { "list", "Precedence", "list" },
        { "Exchange auto-reply", "X-Autoreply", "yes" },
    };

    [Theory]
    [MemberData(nameof(AutomaticHeaders))]
    public async Task Automatic_mail_from_a_customer_is_kept_but_never_answered_nor_made_a_ticket(string label, string header, string value)
    {
        var mail = MailSamples.Plain(Anna, "Re: [#1] anything", label);
        mail.Headers.Add(header, value);

        var result = await _world.ReceiveAsync(mail);

        Assert.Equal(InboundOutcome.Ignored, result.Outcome);
        Assert.Equal(0, await CountTicketsAsync());
        Assert.Empty(await _world.OutboxAsync());
    }

    [Fact]
    public async Task An_out_of_office_reply_is_ignored()
    {
        var result = await _world.ReceiveAsync(MailSamples.Plain(Anna, "Out of Office: back Monday", "I am away."));

        Assert.Equal((InboundOutcome.Ignored, "out-of-office reply"), (result.Outcome, result.Detail));
    }

    [Fact]
    public async Task One_of_our_own_mails_coming_back_is_ignored()
    {
        var result = await _world.ReceiveAsync(MailSamples.Plain(Anna, "Loop", "text", messageId: OutboxMimeBuilder.MessageIdFor(5, TicketMailFrom)));

        Assert.Equal((InboundOutcome.Ignored, "one of our own mails came back"), (result.Outcome, result.Detail));
    }

    [Fact]
    public async Task A_bounce_marks_the_outbox_message_it_reports_on_as_failed_with_the_reason()
    {
        var id = await _world.AddTicketAsync(_world.Gold, "Encoder fault", TicketStatus.Open);
        var ours = await QueueMailAboutAsync(id, "gone@customer.example");

        var result = await _world.ReceiveAsync(MailSamples.Bounce(OutboxMimeBuilder.MessageIdFor(ours, TicketMailFrom), "gone@customer.example"));

        Assert.Equal(InboundOutcome.Bounce, result.Outcome);
        var outbox = Assert.Single(await _world.OutboxAsync());
        Assert.Equal(OutboxStatus.Failed, outbox.Status);
        Assert.Equal("Bounced: gone@customer.example 5.1.1 smtp; 550 5.1.1 User unknown", outbox.LastError);
    }

    [Fact]
    public async Task The_same_message_id_twice_makes_one_ticket()
    {
        var mail = MailSamples.Plain(Anna, "Twice", "Sent twice by a confused client", messageId: "same-id@client.example");

        var first = await _world.ReceiveAsync(mail);
        var second = await _world.ReceiveAsync(mail);

        Assert.Equal(InboundOutcome.NewTicket, first.Outcome);
        Assert.True(second.Duplicate);
        Assert.Null(second.InboundMailId);
        Assert.Equal(1, await CountTicketsAsync());
        await using var db = _world.Database.CreateDbContext();
        Assert.Equal(first.InboundMailId, (await db.InboundMails.AsNoTracking().SingleAsync(Cancel)).Id);
    }

    [Fact]
    public async Task Past_the_hourly_limit_a_senders_mails_wait_for_review()
    {
        var outcomes = new List<InboundOutcome>();
        for (var n = 0; n <= PortalTestWorld.MaxMailsPerSenderPerHour; n++)
        {
            outcomes.Add((await _world.ReceiveAsync(MailSamples.Plain(Anna, $"Mail {n}", "again"))).Outcome);
        }

        Assert.Equal([.. Enumerable.Repeat(InboundOutcome.NewTicket, PortalTestWorld.MaxMailsPerSenderPerHour), InboundOutcome.AwaitingReview], outcomes);

        _world.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(InboundOutcome.NewTicket, (await _world.ReceiveAsync(MailSamples.Plain(Anna, "An hour later", "fine"))).Outcome);
    }

    [Fact]
    public async Task Attachments_arrive_on_the_ticket_with_their_sniffed_type_and_bytes()
    {
        byte[] pdf = [.. "%PDF-1.7\n"u8, .. new byte[5000]];

        var result = await _world.ReceiveAsync(MailSamples.WithAttachment(Anna, "Manual", "See the manual", "Handbuch Über.pdf", pdf));

        await using var db = _world.Database.CreateDbContext();
        var file = await db.TicketAttachments.AsNoTracking().SingleAsync(a => a.Message!.TicketId == result.TicketId, Cancel);
        Assert.Equal(("Handbuch Über.pdf", "application/pdf", (long)pdf.Length), (file.FileName, file.ContentType, file.SizeBytes));
        await using var stored = _world.Database.Files.OpenRead(file.Sha256)!;
        var copy = new MemoryStream();
        await stored.CopyToAsync(copy, Cancel);
        Assert.Equal(pdf, copy.ToArray());
        var received = await _world.InboundAsync(result.InboundMailId!.Value);
        Assert.Equal((1, "See the manual"), (received.AttachmentCount, received.Text));
    }

    [Fact]
    public async Task A_mail_larger_than_the_limit_is_refused_and_nothing_is_written()
    {
        var big = MailSamples.WithAttachment(Anna, "Huge", "dump", "dump.bin", new byte[PortalTestWorld.MaxMessageBytes]);

        var result = await _world.ReceiveAsync(big);

        Assert.Equal(InboundOutcome.Rejected, result.Outcome);
        Assert.Equal(0, await CountTicketsAsync());
    }

    private const string TicketMailFrom = "helpdesk@example.com";

    private async Task<long> QueueMailAboutAsync(int ticketId, string to)
    {
        await using var db = _world.Database.CreateDbContext();
        var row = new OutboxMessage { To = to, Subject = $"[#{ticketId}] x", HtmlBody = "<p>x</p>", TextBody = "x", TicketId = ticketId, Status = OutboxStatus.Sent };
        db.OutboxMessages.Add(row);
        await db.SaveChangesAsync(Cancel);
        return row.Id;
    }

    private async Task<List<TicketMessage>> MessagesAsync(int ticketId)
    {
        await using var db = _world.Database.CreateDbContext();
        return await db.TicketMessages.AsNoTracking().Where(m => m.TicketId == ticketId && m.AuthorKind == MessageAuthorKind.Customer).ToListAsync(Cancel);
    }

    private async Task<int> CountTicketsAsync()
    {
        await using var db = _world.Database.CreateDbContext();
        return await db.Tickets.CountAsync(Cancel);
    }
}
