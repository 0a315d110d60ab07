using FluentValidation;
using HelpdeskDashboard.Features.Billing;

using HelpdeskDashboard.Platform;
using HelpdeskDashboard.Platform.Validation;

namespace HelpdeskDashboard.Features.Orders;

/// <summary>Checks one order on its own; <see cref="OrderBatchImporter"/> adds the checks against the database and the batch.</summary>
public sealed class OrderLineValidator : AbstractValidator<OrderLine>
{
    public const decimal MaximumAmount = 100_000_000m;

    public OrderLineValidator(TimeZoneInfo companyZone, TimeProvider timeProvider, int maxOrderAgeYears)
    {
        var earliest = timeProvider.GetUtcNow().AddYears(-maxOrderAgeYears);
        RuleFor(o => o.ExternalOrderId)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter the shop's order id.")
            .MaximumLength(BillingLimits.ExternalOrderIdMaxLength)
            .WithMessage($"The order id can be at most {BillingLimits.ExternalOrderIdMaxLength} characters.");

        RuleFor(o => o.CustomerId)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Enter the customer id.")
            .GreaterThan(0).WithMessage("The customer id must be a positive number.");

        RuleFor(o => o.OrderedAt)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter when the order was placed.")
            .Must(text => OrderInstantParser.TryParse(text, companyZone, out _))
            .WithMessage("'{PropertyValue}' is not a date and time like 2026-03-31T23:59:00+02:00 or 2026-03-31 23:59 (company time).")
            .Must(text => OrderInstantParser.TryParse(text, companyZone, out var at) && at <= timeProvider.GetUtcNow())
            .WithMessage("The order date is in the future.")
            .Must(text => OrderInstantParser.TryParse(text, companyZone, out var at) && at >= earliest)
            .WithMessage($"The order date is more than {maxOrderAgeYears} years ago; check the date.");

        RuleFor(o => o.Amount)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Enter the amount in euros.")
            .NotEqual(0m).WithMessage("The amount cannot be zero; enter a refund as a negative amount.")
            .AtMostTwoDecimals().WithMessage("The amount can have at most 2 decimal places.")
            .Must(a => a is null || Math.Abs(a.Value) <= MaximumAmount).WithMessage($"The amount must be within ±{MaximumAmount:0} euros.");

        RuleFor(o => o.Currency)
            .Must(c => string.IsNullOrWhiteSpace(c) || string.Equals(c.Trim(), Money.Currency, StringComparison.OrdinalIgnoreCase))
            .WithMessage($"Only {Money.Currency} is accepted.");
    }
}
