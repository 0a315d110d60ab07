using FluentValidation;
using HelpdeskDashboard.Features.Billing.Purchases;
using HelpdeskDashboard.Features.Billing.TimeTracking;
using HelpdeskDashboard.Features.Billing.Usage;
using HelpdeskDashboard.Features.Notifications.Email;
using HelpdeskDashboard.Features.Tickets.Workflow;
using Microsoft.Extensions.DependencyInjection.Extensions;

using HelpdeskDashboard.Features.Portal.Home;
using HelpdeskDashboard.Platform.Configuration;
namespace HelpdeskDashboard.Features.Billing;

public static class BillingServiceCollectionExtensions
{
    /// <summary>
    /// Usage, billing, time tracking and the portal home. Call after <c>AddTickets</c>: the ticket workflow's time
    /// logging is routed through <see cref="ITimeTracking"/> so every logged entry is audited and raises alerts.
    /// </summary>
    public static IServiceCollection AddBilling(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddValidatedOptions<BillingOptions, BillingOptionsValidator>(BillingOptions.SectionName);

        services.TryAddSingleton<UsageLedger>();
        services.TryAddSingleton<UsageChangeHub>();
        services.TryAddSingleton<OutboxWriter>(); // the hour alerts queue their mail through the one outbox writer
        services.TryAddSingleton<IValidator<ChangeTimeEntry>, ChangeTimeEntryValidator>();
        services.TryAddSingleton<IValidator<BuyExtraHours>, BuyExtraHoursValidator>();
        services.TryAddScoped<ITimeTracking, TimeTrackingService>();
        services.TryAddScoped<HourPurchaseService>();
        services.TryAddScoped<IHourPurchases>(sp => sp.GetRequiredService<HourPurchaseService>());
        services.TryAddScoped<BillingQueries>();
        services.TryAddScoped<IPortalHomeQuery, PortalHomeQuery>();

        RouteTimeLoggingThroughBilling(services);
        return services;
    }

    private static void RouteTimeLoggingThroughBilling(IServiceCollection services)
    {
        var workflow = services.LastOrDefault(d => d.ServiceType == typeof(ITicketWorkflow))
            ?? throw new InvalidOperationException("AddBilling() must come after AddTickets(): it wraps the ticket workflow's time logging.");
        if (workflow.ImplementationType is not { } implementation || implementation == typeof(BillingTicketWorkflow))
        {
            return; // already wrapped, or a test's own workflow
        }

        services.Remove(workflow);
        services.AddScoped<ITicketWorkflow>(sp => new BillingTicketWorkflow(
            (ITicketWorkflow)ActivatorUtilities.CreateInstance(sp, implementation), sp.GetRequiredService<ITimeTracking>()));
    }
}
