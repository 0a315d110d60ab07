using FluentValidation;
using Quartz;

namespace HelpdeskDashboard.Features.Scheduling;

public sealed class SchedulingOptionsValidator : AbstractValidator<SchedulingOptions>
{
    public SchedulingOptionsValidator()
    {
        RuleFor(o => o.TierRecalculationCron)
            .NotEmpty().WithMessage("is required")
            .Must(cron => CronExpression.TryParse(cron, out _)).WithMessage("'{PropertyValue}' is not a valid Quartz cron expression (seconds minutes hours day-of-month month day-of-week)");
    }
}
