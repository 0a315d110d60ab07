using FluentValidation;
using HelpdeskDashboard.Data;
using Microsoft.EntityFrameworkCore;

using HelpdeskDashboard.Features.Orders;
namespace HelpdeskDashboard.Features.Billing;

/// <summary>Checks an order, including that it is not imported twice, so run it with ValidateAsync.</summary>
public sealed class NewOrderValidator : AbstractValidator<NewOrder>
{
    public NewOrderValidator(IDbContextFactory<HelpdeskDbContext> dbFactory, TimeProvider timeProvider)
    {
        RuleFor(o => o.ExternalOrderId)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter the shop's order id.")
            .MaximumLength(BillingLimits.ExternalOrderIdMaxLength)
            .WithMessage($"The order id can be at most {BillingLimits.ExternalOrderIdMaxLength} characters; it has {{TotalLength}}.")
            .MustAsync(async (externalId, ct) =>
            {
                await using var db = await dbFactory.CreateDbContextAsync(ct);
                return !await db.Orders.AnyAsync(o => o.ExternalOrderId == externalId, ct);
            })
            .WithMessage("Order '{PropertyValue}' has already been recorded.");

        RuleFor(o => o.AmountCents)
            .NotEqual(0).WithMessage("The amount cannot be zero; enter a refund as a negative amount.");

        RuleFor(o => o.OrderedAt)
            .Must(at => at <= timeProvider.GetUtcNow())
            .WithMessage("The order date is in the future.");

        RuleFor(o => o.CustomerId)
            .MustAsync(async (id, ct) =>
            {
                await using var db = await dbFactory.CreateDbContextAsync(ct);
                return await db.Customers.AnyAsync(c => c.Id == id, ct);
            })
            .WithMessage("Customer {PropertyValue} does not exist.");
    }
}
