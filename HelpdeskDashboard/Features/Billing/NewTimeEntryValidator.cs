using FluentValidation;
using HelpdeskDashboard.Platform.Time;

namespace HelpdeskDashboard.Features.Billing;

/// <summary>"Today" is the company's day (the calendar's zone), since work dates are company dates.</summary>
public sealed class NewTimeEntryValidator : AbstractValidator<NewTimeEntry>
{
    public NewTimeEntryValidator(CompanyClock clock)
    {
        RuleFor(e => e.TicketId).GreaterThan(0).WithMessage("Choose the ticket the work was for.");
        RuleFor(e => e.AgentId).GreaterThan(0).WithMessage("Choose the agent who did the work.");
        RuleFor(e => e.Minutes).ValidMinutes();
        RuleFor(e => e.WorkDate).NotInTheFuture(clock);
        RuleFor(e => e.Note).ValidNote();
    }
}
