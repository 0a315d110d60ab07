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
    }
}
