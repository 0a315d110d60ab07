using FluentValidation;
using HelpdeskDashboard.Features.Sla;

namespace HelpdeskDashboard.Features.Billing;

/// <summary>"Today" is the company's day (the calendar's zone), since work dates are company dates.</summary>
public sealed class NewTimeEntryValidator : AbstractValidator<NewTimeEntry>
{
    public NewTimeEntryValidator(TimeProvider timeProvider, BusinessCalendar calendar)
    {
        RuleFor(e => e.TicketId).GreaterThan(0).WithMessage("Choose the ticket the work was for.");
        RuleFor(e => e.AgentId).GreaterThan(0).WithMessage("Choose the agent who did the work.");

        RuleFor(e => e.Minutes)
            .InclusiveBetween(1, BillingLimits.MaxMinutesPerEntry)
            .WithMessage($"Minutes must be between 1 and {BillingLimits.MaxMinutesPerEntry} (one day); {{PropertyValue}} was given.");

        RuleFor(e => e.WorkDate)
            .Must(date => date <= CompanyToday(timeProvider, calendar))
            .WithMessage(e => $"The work date {e.WorkDate:yyyy-MM-dd} is in the future; time can only be logged for today or earlier.");

        RuleFor(e => e.Note)
            .NotNull()
            .MaximumLength(BillingLimits.TimeEntryNoteMaxLength)
            .WithMessage($"The note can be at most {BillingLimits.TimeEntryNoteMaxLength} characters; it has {{TotalLength}}.");
    }

    private static DateOnly CompanyToday(TimeProvider timeProvider, BusinessCalendar calendar) =>
        DateOnly.FromDateTime(calendar.ToCompanyTime(timeProvider.GetUtcNow()).DateTime);
}
