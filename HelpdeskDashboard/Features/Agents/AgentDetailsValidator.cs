using FluentValidation;
using HelpdeskDashboard.Features.Customers;

using HelpdeskDashboard.Platform.Validation;
namespace HelpdeskDashboard.Features.Agents;

public sealed class AgentDetailsValidator : AbstractValidator<AgentDetails>
{
    public AgentDetailsValidator()
    {
        RuleFor(a => a.DisplayName)
            .NotEmpty().WithMessage("Enter the agent's name.")
            .MaximumLength(CustomerLimits.DisplayNameMaxLength)
            .WithMessage($"A name can be at most {CustomerLimits.DisplayNameMaxLength} characters.");
        RuleFor(a => a.Email).ValidEmail();
        RuleFor(a => a.TimeZone).IanaTimeZone();
    }
}
