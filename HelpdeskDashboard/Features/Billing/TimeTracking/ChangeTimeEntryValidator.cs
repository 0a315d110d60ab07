using FluentValidation;
using HelpdeskDashboard.Features.Sla;

namespace HelpdeskDashboard.Features.Billing.TimeTracking;

public sealed class ChangeTimeEntryValidator : AbstractValidator<ChangeTimeEntry>
{
    public ChangeTimeEntryValidator(TimeProvider timeProvider, BusinessCalendar calendar)
    {
        RuleFor(e => e.EntryId).GreaterThan(0).WithMessage("Choose the entry to correct.");
        RuleFor(e => e.Minutes).ValidMinutes();
        RuleFor(e => e.WorkDate).NotInTheFuture(timeProvider, calendar);
        RuleFor(e => e.Note).ValidNote();
    }
}
