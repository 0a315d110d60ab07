using FluentValidation;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HelpdeskDashboard.Features.Calendar.Holidays;

public static class HolidayImportServiceCollectionExtensions
{
    /// <summary>
    /// What <see cref="HolidayImportDialog"/> needs besides the <c>CompanyClock</c> (registered by AddSla): the catalog
    /// of countries and holidays and the request's validator, both stateless singletons.
    /// </summary>
    public static IServiceCollection AddHolidayImport(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<PublicHolidayCatalog>();
        services.TryAddSingleton<IValidator<HolidayImportRequest>, HolidayImportRequestValidator>();
        return services;
    }
}
