using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HelpdeskDashboard.Features.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>SLA reports for managers and the customer's own record on the portal.</summary>
    public static IServiceCollection AddSlaReports(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddScoped<SlaReportQuery>();
        services.TryAddScoped<SlaTrendQuery>();
        services.TryAddScoped<ClockListQuery>();
        services.TryAddScoped<CustomerSlaRecordQuery>();
        return services;
    }
}
