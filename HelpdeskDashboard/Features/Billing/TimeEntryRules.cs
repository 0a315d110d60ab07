using FluentValidation;
using HelpdeskDashboard.Platform.Time;

namespace HelpdeskDashboard.Features.Billing;

/// <summary>The rules a time entry obeys, shared by logging and correcting one so both refuse alike.</summary>
public static class TimeEntryRules
{
    public static IRuleBuilderOptions<T, int> ValidMinutes<T>(this IRuleBuilder<T, int> minutes) =>
        minutes.InclusiveBetween(1, BillingLimits.MaxMinutesPerEntry)
            .WithMessage($"Minutes must be between 1 and {BillingLimits.MaxMinutesPerEntry} (one day); {{PropertyValue}} was given.");

    /// <summary>"Today" is the company's day (<see cref="CompanyClock.Today"/>), since work dates are company dates.</summary>
    public static IRuleBuilderOptions<T, DateOnly> NotInTheFuture<T>(this IRuleBuilder<T, DateOnly> workDate, CompanyClock clock) =>
        workDate.Must(date => date <= clock.Today)
            .WithMessage((_, date) => $"The work date {date:yyyy-MM-dd} is in the future; time can only be logged for today or earlier.");

    public static IRuleBuilderOptions<T, string> ValidNote<T>(this IRuleBuilder<T, string> note) =>
        note.NotNull()
            .MaximumLength(BillingLimits.TimeEntryNoteMaxLength)
            .WithMessage($"The note can be at most {BillingLimits.TimeEntryNoteMaxLength} characters; it has {{TotalLength}}.");
}
