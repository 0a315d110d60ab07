using HelpdeskDashboard.Platform.Configuration;

namespace HelpdeskDashboard.Features.Orders;

public static class OrderImportServiceCollectionExtensions
{
    /// <summary>Registers the validated "Orders" section and the batch importer used by the API and the CSV page.</summary>
    public static IServiceCollection AddOrderImport(this IServiceCollection services)
    {
        services.AddValidatedOptions<OrdersOptions, OrdersOptionsValidator>(OrdersOptions.SectionName);
        services.AddSingleton<OrderBatchImporter>();
        return services;
    }
}
