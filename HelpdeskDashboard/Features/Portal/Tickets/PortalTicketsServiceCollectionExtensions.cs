using FluentValidation;
using HelpdeskDashboard.Platform.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HelpdeskDashboard.Features.Portal.Tickets;

public static class PortalTicketsServiceCollectionExtensions
{
    /// <summary>
    /// The customer's ticket list and inquiry form (scoped: they act for the signed-in user) and the validated
    /// "PortalTickets" section. Needs the ticket, tier, notification, database and account registrations.
    /// </summary>
    public static IServiceCollection AddPortalTickets(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddValidatedOptions<PortalTicketsOptions, PortalTicketsOptionsValidator>(PortalTicketsOptions.SectionName);
        services.TryAddSingleton<IValidator<NewInquiry>, NewInquiryValidator>();
        services.TryAddScoped<PortalTicketsQuery>();
        services.TryAddScoped<PortalInquiryService>();
        return services;
    }
}
