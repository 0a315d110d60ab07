using FluentValidation;

namespace HelpdeskDashboard.Features.Orders;

public sealed class OrdersOptionsValidator : AbstractValidator<OrdersOptions>
{
    public OrdersOptionsValidator()
    {
        RuleFor(o => o.ApiKey)
            .MinimumLength(OrdersOptions.MinimumApiKeyLength)
            .When(o => !string.IsNullOrEmpty(o.ApiKey))
            .WithMessage($"must be at least {OrdersOptions.MinimumApiKeyLength} characters (a random secret), or empty to switch the API off");
        RuleFor(o => o.MaxBatchSize).InclusiveBetween(1, 100_000).WithMessage("must be between 1 and 100000");
        RuleFor(o => o.MaxRequestBytes).InclusiveBetween(1024, 256 * 1024 * 1024).WithMessage("must be between 1024 and 268435456 bytes");
        RuleFor(o => o.MaxOrderAgeYears).InclusiveBetween(1, 100).WithMessage("must be between 1 and 100 years");
    }
}
