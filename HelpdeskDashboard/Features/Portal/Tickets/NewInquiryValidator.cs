using FluentValidation;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tiers;

namespace HelpdeskDashboard.Features.Portal.Tickets;

/// <summary>
/// What a customer may file and what they must accept first. Tiers with portal access (Gold, Platinum) file support
/// inquiries; the others (Basic) request paid support and must accept the hourly rate. A new project request must
/// accept the tier's project fee when there is one.
/// </summary>
public sealed class NewInquiryValidator : AbstractValidator<NewInquiry>
{
    public NewInquiryValidator(TierCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);

        RuleFor(i => i.Subject)
            .NotEmpty().WithMessage("Enter a subject.")
            .MaximumLength(TicketLimits.SubjectMaxLength)
            .WithMessage($"The subject can be at most {TicketLimits.SubjectMaxLength} characters; it has {{TotalLength}}.");

        RuleFor(i => i.Body).TicketBody("Describe what you need.");

        RuleFor(i => i.Kind)
            .Must(kind => kind is TicketKind.SupportInquiry or TicketKind.PaidSupportRequest or TicketKind.NewProjectRequest)
            .WithMessage("Choose a support inquiry, a paid support request or a new project request.");

        RuleFor(i => i.Kind)
            .Must((inquiry, kind) => kind != TicketKind.SupportInquiry || catalog.Get(inquiry.Tier).PortalAccess)
            .WithMessage(i => $"Your {catalog.Get(i.Tier).DisplayName} plan does not include support inquiries; request paid support at {InquiryText.HourlyRate(catalog.Get(i.Tier))} instead.")
            .Must((inquiry, kind) => kind != TicketKind.PaidSupportRequest || !catalog.Get(inquiry.Tier).PortalAccess)
            .WithMessage(i => $"Your {catalog.Get(i.Tier).DisplayName} plan includes support inquiries; choose \"Support inquiry\".");

        RuleFor(i => i.AcceptsHourlyRate)
            .Equal(true)
            .When(i => i.Kind == TicketKind.PaidSupportRequest)
            .WithMessage(i => $"Tick the box to accept the rate of {InquiryText.HourlyRate(catalog.Get(i.Tier))} for paid support.");

        RuleFor(i => i.AcceptsProjectFee)
            .Equal(true)
            .When(i => i.Kind == TicketKind.NewProjectRequest && !catalog.Get(i.Tier).NewProjectFee.IsZero)
            .WithMessage(i => $"Tick the box to accept the new-project fee of {catalog.Get(i.Tier).NewProjectFee}.");
    }
}
