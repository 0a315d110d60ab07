using FluentValidation;
using HelpdeskDashboard.Features.Billing.Purchases;
using HelpdeskDashboard.Features.Billing.TimeTracking;
using HelpdeskDashboard.Features.Billing.Usage;
using HelpdeskDashboard.Features.Notifications.Email;
using HelpdeskDashboard.Features.Tickets.Details;
using HelpdeskDashboard.Platform.Changes;
using HelpdeskDashboard.Platform.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HelpdeskDashboard.Features.Billing;

public static class BillingServiceCollectionExtensions
{
    /// <summary>Usage, billing and time tracking (a panel on the ticket page: every logged entry is audited and raises alerts).</summary>
    public static IServiceCollection AddBilling(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddValidatedOptions<BillingOptions, BillingOptionsValidator>(BillingOptions.SectionName);

        services.TryAddSingleton<UsageLedger>();
        services.AddChangeHub<UsageChangeHub>();
        services.TryAddSingleton<OutboxWriter>(); // the hour alerts queue their mail through the one outbox writer
        services.TryAddSingleton<IValidator<ChangeTimeEntry>, ChangeTimeEntryValidator>();
        services.TryAddSingleton<IValidator<BuyExtraHours>, BuyExtraHoursValidator>();
        services.TryAddScoped<ITimeTracking, TimeTrackingService>();
        services.TryAddScoped<HourPurchaseService>();
        services.TryAddScoped<IHourPurchases>(sp => sp.GetRequiredService<HourPurchaseService>());
        services.TryAddScoped<IBillingQueries, BillingQueries>();
        services.TryAddSingleton<IValidator<NewTimeEntry>, NewTimeEntryValidator>();
        services.AddTicketPagePanel<TicketTimePanel>(order: 10);
        return services;
    }
}
