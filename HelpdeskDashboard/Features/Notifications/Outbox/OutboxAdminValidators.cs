using FluentValidation;

namespace HelpdeskDashboard.Features.Notifications.Outbox;

public sealed class OutboxListQueryValidator : AbstractValidator<OutboxListQuery>
{
    public OutboxListQueryValidator()
    {
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, OutboxListQuery.MaxPageSize);
    }
}

public sealed class RetryOutboxMessageValidator : AbstractValidator<RetryOutboxMessage>
{
    public RetryOutboxMessageValidator()
    {
        RuleFor(c => c.Id).GreaterThan(0).WithMessage("Choose a message to retry.");
    }
}
