using FluentValidation;

using HelpdeskDashboard.Platform.Validation;
namespace HelpdeskDashboard.Features.Customers;

public sealed class CustomerUserDetailsValidator : AbstractValidator<CustomerUserDetails>
{
    public CustomerUserDetailsValidator()
    {
        RuleFor(u => u.CustomerId).GreaterThan(0).WithMessage("Choose the customer this person belongs to.");
        RuleFor(u => u.DisplayName)
            .NotEmpty().WithMessage("Enter the person's name.")
            .MaximumLength(CustomerLimits.DisplayNameMaxLength)
            .WithMessage($"A name can be at most {CustomerLimits.DisplayNameMaxLength} characters.");
        RuleFor(u => u.Email).ValidEmail();
        RuleFor(u => u.TimeZone).IanaTimeZone();
    }
}
