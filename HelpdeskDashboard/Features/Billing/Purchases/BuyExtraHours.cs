using FluentValidation;
using HelpdeskDashboard.Features.Billing.Usage;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Features.Billing.Purchases;

/// <summary>A customer buys whole extra hours for the running month, at the rate they were shown.</summary>
public sealed record BuyExtraHours(int Hours, long ExpectedRateCents);

public sealed class BuyExtraHoursValidator : AbstractValidator<BuyExtraHours>
{
    public BuyExtraHoursValidator(IOptions<BillingOptions> options)
    {
        var max = options.Value.MaxHoursPerPurchase;
        RuleFor(b => b.Hours)
            .InclusiveBetween(1, max)
            .WithMessage($"Buy between 1 and {max} hours at a time; {{PropertyValue}} was given.");
        RuleFor(b => b.ExpectedRateCents).GreaterThanOrEqualTo(0).WithMessage("The rate shown is not valid; reload the page.");
    }
}
