using FluentValidation;
using HelpdeskDashboard.Features.Sla;

namespace HelpdeskDashboard.Features.Calendar.Changes;

/// <summary>The definition by the same rules as start-up; a chosen effective instant must not lie in the past.</summary>
public sealed class CalendarChangeValidator : AbstractValidator<CalendarChange>
{
    public CalendarChangeValidator(TimeProvider time)
    {
        RuleFor(c => c.Definition).NotNull().SetValidator(new BusinessCalendarDefinitionValidator());
        RuleFor(c => c.EffectiveFrom)
            .Must(at => at is null || at.Value >= time.GetUtcNow())
            .WithMessage("The change cannot take effect in the past: choose \"now\" or a later date and time.");
    }
}
