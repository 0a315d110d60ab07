using FluentValidation;

namespace HelpdeskDashboard.Features.Sla;

/// <summary>The calendar page's check of a definition: the same <see cref="BusinessCalendarRules"/> as start-up.</summary>
public sealed class BusinessCalendarDefinitionValidator : AbstractValidator<BusinessCalendarDefinition>
{
    public BusinessCalendarDefinitionValidator()
    {
        RuleFor(d => d).Custom((definition, context) =>
        {
            foreach (var (setting, message) in BusinessCalendarRules.HoursProblems(definition.Hours)
                .Concat(BusinessCalendarRules.ClosureProblems(definition.Closures)))
            {
                context.AddFailure(setting, message);
            }
        });
    }
}
