using FluentValidation;

namespace HelpdeskDashboard.Features.Tickets;

public sealed class NewTicketMessageValidator : AbstractValidator<NewTicketMessage>
{
    public NewTicketMessageValidator()
    {
        RuleFor(m => m.TicketId).GreaterThan(0).WithMessage("The message must belong to a ticket.");
        RuleFor(m => m.Body).TicketBody("Write a message.");
    }
}
