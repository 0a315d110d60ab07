using FluentValidation;

namespace HelpdeskDashboard.Features.Billing.Usage;

public sealed class BillingOptionsValidator : AbstractValidator<BillingOptions>
{
    public BillingOptionsValidator()
    {
        RuleFor(o => o.BillingIncrementMinutes)
            .InclusiveBetween(1, 60).WithMessage("must be between 1 and 60 minutes; {PropertyValue} was given");

        RuleFor(o => o.UnusedHours)
            .Must(value => Enum.GetNames<UnusedHoursRule>().Any(name => string.Equals(name, value, StringComparison.OrdinalIgnoreCase)))
            .WithMessage($"must be one of {string.Join(", ", Enum.GetNames<UnusedHoursRule>())}; '{{PropertyValue}}' was given");

        RuleFor(o => o.MaxHoursPerPurchase)
            .InclusiveBetween(1, 1000).WithMessage("must be between 1 and 1000; {PropertyValue} was given");
    }
}
