using FluentValidation;

namespace HelpdeskDashboard.Features.Tickets.Workflow;

/// <summary>The command on its own; whether the change suits the ticket's current status is checked with the ticket loaded.</summary>
public sealed class ChangeTicketStatusValidator : AbstractValidator<ChangeTicketStatus>
{
    public ChangeTicketStatusValidator()
    {
        RuleFor(c => c.NewStatus)
            .IsInEnum().WithMessage("Choose a status.")
            .NotEqual(TicketStatus.New).WithMessage("A ticket cannot go back to New; set it to Open instead.");
    }
}
