using FluentValidation;
using Quartz;

namespace HelpdeskDashboard.Platform.Scheduling;

public sealed class JobSchedulingOptionsValidator : AbstractValidator<JobSchedulingOptions>
{
    public JobSchedulingOptionsValidator()
    {
        RuleFor(o => o.TierRecalculationCron)
            .NotEmpty().WithMessage("is required")
            .Must(cron => CronExpression.TryParse(cron, out _)).WithMessage("'{PropertyValue}' is not a valid Quartz cron expression (seconds minutes hours day-of-month month day-of-week)");
    }
}
