using FluentValidation;

namespace HelpdeskDashboard.Features.Tickets;

internal static class TicketRules
{
    public static IRuleBuilderOptions<T, string> TicketBody<T>(this IRuleBuilder<T, string> rule, string emptyMessage) =>
        rule.NotEmpty().WithMessage(emptyMessage)
            .MaximumLength(TicketLimits.BodyMaxLength)
            .WithMessage($"A message can be at most {TicketLimits.BodyMaxLength} characters; it has {{TotalLength}}.");
}
