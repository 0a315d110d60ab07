using HelpdeskDashboard.Features.Tickets.Keyboard;

namespace HelpdeskDashboard.Tests.Features.Tickets.Keyboard;

public sealed class TicketNumberInputTests
{
    [Theory]
    [InlineData("a plain number", "42", 42)]
    [InlineData("with a hash", "#42", 42)]
    [InlineData("spaces around and after the hash", "  # 7 ", 7)]
    [InlineData("zero is no ticket", "0", null)]
    [InlineData("a minus sign", "-3", null)]
    [InlineData("words", "printer", null)]
    [InlineData("digits with a space inside", "4 2", null)]
    [InlineData("more than an id holds", "99999999999", null)]
    [InlineData("nothing", "", null)]
    public void Reads_a_ticket_number_with_or_without_a_hash(string label, string text, int? id)
    {
        _ = label;
        Assert.Equal(id, TicketNumberInput.Parse(text));
        Assert.Equal(id is not null, new TicketNumberInputValidator().Validate(new TicketNumberInput { Text = text }).IsValid);
    }

    [Fact]
    public void Something_else_is_refused_saying_what_to_type()
    {
        var result = new TicketNumberInputValidator().Validate(new TicketNumberInput { Text = "printer" });

        Assert.Equal("Enter a ticket number, like 42 or #42.", Assert.Single(result.Errors).ErrorMessage);
    }
}
