using HelpdeskDashboard.Features.Mailbox;
using HelpdeskDashboard.Features.Mailbox.Review;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Tests.Features.Portal.Support;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Tests.Features.Mailbox;

/// <summary>The support team's decisions on mail waiting for review: create, attach, discard — once, audited, agents only.</summary>
public sealed class MailReviewTests : IAsyncLifetime
{
    private const string Stranger = "new.colleague@1.example";
    private PortalTestWorld _world = null!;
    private int _mailId;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _world = await PortalTestWorld.CreateAsync();
        var mail = MailSamples.WithAttachment(Stranger, "Our new line", "We joined Kessler last week; the new line has no licence.", "licence.txt", "KEY-123"u8.ToArray());
        mail.From[0].Name = "Nora Neu";
        _mailId = (await _world.ReceiveAsync(mail)).InboundMailId!.Value;
    }

    public ValueTask DisposeAsync() => _world.DisposeAsync();

    [Fact]
    public async Task The_waiting_mail_is_listed_for_agents_with_why_it_waits()
    {
        await using var alex = _world.As("Alex");

        var waiting = Assert.Single(await alex.Review.ListAsync(waitingOnly: true, Cancel));

        Assert.Equal((Stranger, "Nora Neu", "Our new line", "unknown sender", 1), (waiting.FromAddress, waiting.FromName, waiting.Subject, waiting.Detail, waiting.AttachmentCount));
    }

    [Fact]
    public async Task Creating_a_ticket_adds_the_sender_to_the_customer_and_files_the_mail_with_its_files_and_audits_both()
    {
        var customers = await ReviewAsync(r => r.CustomersAsync(Cancel));
        Assert.Contains(customers, c => c.Id == _world.Gold.Id && c.TierName == "Gold");

        var result = await ReviewAsync(r => r.CreateTicketAsync(new CreateTicketFromMail(_mailId, _world.Gold.Id, AddSenderAsUser: true), Cancel));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        await using var db = _world.Database.CreateDbContext();
        var person = await db.CustomerUsers.AsNoTracking().SingleAsync(u => u.Email == Stranger, Cancel);
        Assert.Equal((_world.Gold.Id, "Nora Neu", "Europe/Berlin"), (person.CustomerId, person.DisplayName, person.TimeZone));
        var ticket = await db.Tickets.AsNoTracking().Include(t => t.Messages).ThenInclude(m => m.Attachments).SingleAsync(t => t.Id == result.Value, Cancel);
        Assert.Equal(("Our new line", TicketKind.SupportInquiry), (ticket.Subject, ticket.Kind));
        var message = Assert.Single(ticket.Messages);
        Assert.Equal(person.Id, message.AuthorCustomerUserId);
        Assert.Equal("licence.txt", Assert.Single(message.Attachments).FileName);
        var mail = await _world.InboundAsync(_mailId);
        Assert.Equal((InboundOutcome.TicketCreatedInReview, result.Value, _world.Alex.Email), (mail.Outcome, mail.TicketId!.Value, mail.DecidedBy));
        var audit = await db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Action).ToListAsync(Cancel);
        Assert.Equal(["CustomerUserAddedFromMail", "MailTicketCreated"], audit.Where(a => a.Contains("Mail", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Without_adding_the_sender_nothing_is_written_and_the_mail_still_waits()
    {
        var result = await ReviewAsync(r => r.CreateTicketAsync(new CreateTicketFromMail(_mailId, _world.Gold.Id, AddSenderAsUser: false), Cancel));

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        Assert.Equal([$"{Stranger} is not one of Kessler Steuerungsbau GmbH's people: tick \"Add the sender\" to add them, or add the mail to an existing ticket."], result.Errors);
        Assert.Equal(InboundOutcome.AwaitingReview, (await _world.InboundAsync(_mailId)).Outcome);
        Assert.Equal("tickets 0, messages 0, audit 0, zones America/New_York,Europe/Berlin,Europe/Berlin,Asia/Tokyo", await _world.StateAsync());
    }

    [Fact]
    public async Task A_basic_customer_cannot_get_a_support_ticket_from_review()
    {
        var result = await ReviewAsync(r => r.CreateTicketAsync(new CreateTicketFromMail(_mailId, _world.Basic.Id, AddSenderAsUser: true), Cancel));

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        Assert.Equal(InboundOutcome.AwaitingReview, (await _world.InboundAsync(_mailId)).Outcome);
    }

    [Fact]
    public async Task Attaching_adds_the_mail_to_the_ticket_saying_who_wrote_it()
    {
        var id = await _world.AddTicketAsync(_world.Gold, "Licences", TicketStatus.Open);

        var result = await ReviewAsync(r => r.AttachAsync(new AttachMailToTicket(_mailId, id), Cancel));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        await using var db = _world.Database.CreateDbContext();
        var message = await db.TicketMessages.AsNoTracking().Include(m => m.Attachments).SingleAsync(m => m.TicketId == id, Cancel);
        Assert.StartsWith($"From Nora Neu <{Stranger}> by e-mail:\n\nWe joined Kessler", message.Body, StringComparison.Ordinal);
        Assert.Null(message.AuthorCustomerUserId);
        Assert.Single(message.Attachments);
        Assert.Equal((InboundOutcome.AttachedInReview, id), ((await _world.InboundAsync(_mailId)).Outcome, (await _world.InboundAsync(_mailId)).TicketId!.Value));
    }

    [Fact]
    public async Task Discarding_decides_once_and_a_second_decision_is_told_who_came_first()
    {
        Assert.True((await ReviewAsync(r => r.DiscardAsync(new DiscardMail(_mailId), Cancel))).Succeeded);

        var second = await ReviewAsync(r => r.AttachAsync(new AttachMailToTicket(_mailId, 1), Cancel));

        Assert.Equal(CommandOutcome.Conflict, second.Outcome);
        Assert.Equal([$"The mail \"Our new line\" was already decided (discarded by {_world.Alex.Email})."], second.Errors);
        await using var db = _world.Database.CreateDbContext();
        Assert.Equal("MailDiscarded", (await db.AuditEntries.AsNoTracking().SingleAsync(Cancel)).Action);
    }

    [Fact]
    public async Task Customers_may_not_review_mail()
    {
        await using var anna = _world.As("Anna");

        Assert.Empty(await anna.Review.ListAsync(waitingOnly: false, Cancel));
        var result = await anna.Review.DiscardAsync(new DiscardMail(_mailId), Cancel);

        Assert.Equal(CommandOutcome.Forbidden, result.Outcome);
        Assert.Equal(InboundOutcome.AwaitingReview, (await _world.InboundAsync(_mailId)).Outcome);
    }

    private async Task<T> ReviewAsync<T>(Func<MailReview, Task<T>> action)
    {
        await using var alex = _world.As("Alex");
        return await action(alex.Review);
    }
}
