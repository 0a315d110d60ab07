using FluentValidation;
using Quartz;

namespace HelpdeskDashboard.Platform.Scheduling;

public sealed class JobSchedulingOptionsValidator : AbstractValidator<JobSchedulingOptions>
{
    // Quartz sleeps for these on a timer; an hour is far beyond any sensible value and keeps a typo ("10:00:00") out.
    private static readonly TimeSpan Longest = TimeSpan.FromHours(1);

    public JobSchedulingOptionsValidator()
    {
        RuleFor(o => o.TierRecalculationCron)
            .NotEmpty().WithMessage("is required")
            .Must(cron => CronExpression.TryParse(cron, out _)).WithMessage("'{PropertyValue}' is not a valid Quartz cron expression (seconds minutes hours day-of-month month day-of-week)");
        RuleFor(o => o.ClusterCheckinInterval)
            .GreaterThan(TimeSpan.Zero).WithMessage("must be positive")
            .LessThanOrEqualTo(Longest).WithMessage("must be at most 01:00:00");
        RuleFor(o => o.ClusterCheckinMisfireThreshold)
            .GreaterThanOrEqualTo(TimeSpan.Zero).WithMessage("must not be negative")
            .LessThanOrEqualTo(Longest).WithMessage("must be at most 01:00:00");
    }
}
