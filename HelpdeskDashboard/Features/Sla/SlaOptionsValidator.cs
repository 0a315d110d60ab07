using FluentValidation;

namespace HelpdeskDashboard.Features.Sla;

public sealed class SlaOptionsValidator : AbstractValidator<SlaOptions>
{
    public SlaOptionsValidator()
    {
        // 0 would never warn and 1 would warn from the first second; NaN fails both comparisons.
        RuleFor(o => o.AtRiskShare)
            .Must(share => share is > 0 and < 1)
            .WithMessage("must be a share of the target between 0 and 1, exclusive (0.25 = 25 %); was {PropertyValue}.");
    }
}
