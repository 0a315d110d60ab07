using HelpdeskDashboard.Features.Tickets;

namespace HelpdeskDashboard.Tests.Features.Tickets;

public sealed class NewTicketMessageValidatorTests
{
    public static TheoryData<string, int, int, string, string> Invalid => new()
    {
        { "empty body", 1, 0, nameof(NewTicketMessage.Body), "Write a message." },
        { "body one character too long", 1, 20_001, nameof(NewTicketMessage.Body), "A message can be at most 20000 characters; it has 20001." },
        { "no ticket", 0, 10, nameof(NewTicketMessage.TicketId), "The message must belong to a ticket." },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_with_a_message_that_says_what_to_fix(string label, int ticketId, int bodyLength, string property, string message)
    {
        var result = new NewTicketMessageValidator().Validate(new NewTicketMessage { TicketId = ticketId, Body = new string('x', bodyLength) });

        var error = Assert.Single(result.Errors);
        Assert.True(error.PropertyName == property, label);
        Assert.Equal(message, error.ErrorMessage);
    }

    [Fact]
    public void Accepts_an_internal_note_at_the_length_limit()
    {
        var result = new NewTicketMessageValidator().Validate(new NewTicketMessage { TicketId = 1, Body = new string('x', 20_000), IsInternalNote = true });

        Assert.True(result.IsValid);
    }
}
