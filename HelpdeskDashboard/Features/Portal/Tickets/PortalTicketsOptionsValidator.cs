using FluentValidation;

namespace HelpdeskDashboard.Features.Portal.Tickets;

public sealed class PortalTicketsOptionsValidator : AbstractValidator<PortalTicketsOptions>
{
    public PortalTicketsOptionsValidator()
    {
        RuleFor(o => o.CommunityForumUrl)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("must be set to the community forum's address (Basic customers are sent there).")
            .Must(IsHttpAddress).WithMessage("'{PropertyValue}' is not an absolute http or https address.");
    }

    public static bool IsHttpAddress(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
