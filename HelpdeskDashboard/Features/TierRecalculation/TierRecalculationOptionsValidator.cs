using FluentValidation;
using HelpdeskDashboard.Platform.Validation;

namespace HelpdeskDashboard.Features.TierRecalculation;

public sealed class TierRecalculationOptionsValidator : AbstractValidator<TierRecalculationOptions>
{
    /// <summary>Thresholds stay below this many euros.</summary>
    public const decimal ThresholdLimit = 10_000_000_000m;

    public TierRecalculationOptionsValidator()
    {
        RuleFor(o => o.GoldFrom).NotNull().WithMessage("is required")
            .GreaterThan(0m).WithMessage("must be greater than zero")
            .AtMostTwoDecimals()
            .LessThan(ThresholdLimit).WithMessage($"must be below {ThresholdLimit:0}");
        RuleFor(o => o.PlatinumFrom).NotNull().WithMessage("is required")
            .GreaterThan(0m).WithMessage("must be greater than zero")
            .AtMostTwoDecimals()
            .LessThan(ThresholdLimit).WithMessage($"must be below {ThresholdLimit:0}");
        RuleFor(o => o.PlatinumFrom)
            .Must((options, platinum) => platinum > options.GoldFrom)
            .When(o => o.GoldFrom is > 0 && o.PlatinumFrom is > 0)
            .WithMessage(o => $"must be above GoldFrom ({o.GoldFrom})");
        RuleFor(o => o.TurnoverWindowQuarters).InclusiveBetween(1, 8).WithMessage("must be between 1 and 8 quarters");
        RuleFor(o => o.BatchSize).InclusiveBetween(1, 50_000).WithMessage("must be between 1 and 50000");
    }
}
