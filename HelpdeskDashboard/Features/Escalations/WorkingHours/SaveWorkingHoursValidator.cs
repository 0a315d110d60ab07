using FluentValidation;
using HelpdeskDashboard.Features.Sla;

namespace HelpdeskDashboard.Features.Escalations.WorkingHours;

/// <summary>Own hours follow the calendar's rules for opening hours (<see cref="BusinessCalendarRules"/>), messages and all.</summary>
public sealed class SaveWorkingHoursValidator : AbstractValidator<SaveWorkingHours>
{
    public SaveWorkingHoursValidator()
    {
        RuleFor(s => s.AgentId).GreaterThan(0);
        RuleFor(s => s).Custom((save, context) =>
        {
            if (save.UseCompanyHours)
            {
                return;
            }

            foreach (var (setting, message) in BusinessCalendarRules.HoursProblems(save.Hours))
            {
                context.AddFailure(setting, message);
            }
        });
    }
}
