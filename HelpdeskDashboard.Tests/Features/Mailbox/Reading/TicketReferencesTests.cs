using HelpdeskDashboard.Features.Mailbox.Reading;

namespace HelpdeskDashboard.Tests.Features.Mailbox.Reading;

public sealed class TicketReferencesTests
{
    private const string From = "helpdesk@demo.local";

    [Theory]
    [InlineData("Re: [#12] Printer", 12)]
    [InlineData("AW: AW: [#7] Drucker [#9]", 7)]
    [InlineData("[#] nothing, then [#42] something", 42)]
    [InlineData("[#0] zero is no ticket", null)]
    [InlineData("[#12a] not a number", null)]
    [InlineData("#12 without brackets", null)]
    [InlineData("", null)]
    public void The_subject_tag_names_a_ticket(string subject, int? expected) => Assert.Equal(expected, TicketReferences.SubjectTag(subject));

    [Fact]
    public void Thread_roots_and_outbox_mails_of_our_domain_are_read_newest_first()
    {
        string[] ids = ["ticket-3@demo.local", "outbox-40@demo.local", "CAF=x@gmail.com", "ticket-5@DEMO.LOCAL", "ticket-6@other.example"];

        Assert.Equal([5, 3], TicketReferences.ThreadTickets(ids, From));
        Assert.Equal([40L], TicketReferences.OutboxMails(ids, From));
    }

    [Theory]
    [InlineData("outbox-17@demo.local", true)]
    [InlineData("<ticket-17@demo.local>", true)]
    [InlineData("outbox-17@evil.example", false)]
    [InlineData("outbox-x@demo.local", false)]
    [InlineData(null, false)]
    public void Our_own_message_ids_are_recognised(string? id, bool ours) => Assert.Equal(ours, TicketReferences.IsOurs(id, From));
}
