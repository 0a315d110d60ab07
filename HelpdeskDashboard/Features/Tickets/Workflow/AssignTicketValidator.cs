using FluentValidation;

namespace HelpdeskDashboard.Features.Tickets.Workflow;

public sealed class AssignTicketValidator : AbstractValidator<AssignTicket>
{
    public const int ReasonMaxLength = 1000;

    public AssignTicketValidator()
    {
        RuleFor(c => c.AgentId).GreaterThan(0).When(c => c.AgentId is not null).WithMessage("Choose an agent.");
        RuleFor(c => c.Reason)
            .MaximumLength(ReasonMaxLength)
            .WithMessage($"The reason can be at most {ReasonMaxLength} characters; it has {{TotalLength}}.");
    }
}
