using FluentValidation;

using HelpdeskDashboard.Platform.Validation;
namespace HelpdeskDashboard.Features.Customers;

public sealed class CustomerDetailsValidator : AbstractValidator<CustomerDetails>
{
    public CustomerDetailsValidator()
    {
        RuleFor(c => c.CompanyName)
            .NotEmpty().WithMessage("Enter the company name.")
            .MaximumLength(CustomerLimits.CompanyNameMaxLength)
            .WithMessage($"The company name can be at most {CustomerLimits.CompanyNameMaxLength} characters.");
        RuleFor(c => c.ContactEmail).ValidEmail();
        RuleFor(c => c.Country).IsoCountryCode();
        RuleFor(c => c.DisplayTimeZone).IanaTimeZone();
    }
}
