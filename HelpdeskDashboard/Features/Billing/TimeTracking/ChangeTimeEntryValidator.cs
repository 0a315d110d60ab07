using FluentValidation;
using HelpdeskDashboard.Platform.Time;

namespace HelpdeskDashboard.Features.Billing.TimeTracking;

public sealed class ChangeTimeEntryValidator : AbstractValidator<ChangeTimeEntry>
{
    public ChangeTimeEntryValidator(CompanyClock clock)
    {
        RuleFor(e => e.EntryId).GreaterThan(0).WithMessage("Choose the entry to correct.");
        RuleFor(e => e.Minutes).ValidMinutes();
        RuleFor(e => e.WorkDate).NotInTheFuture(clock);
        RuleFor(e => e.Note).ValidNote();
    }
}
