using FluentValidation;
using HelpdeskDashboard.Features.Calendar.Changes;
using HelpdeskDashboard.Features.Calendar.Holidays;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HelpdeskDashboard.Features.Calendar;

public static class CalendarServiceCollectionExtensions
{
    /// <summary>
    /// The business calendar as managers edit it: its stored versions (<see cref="CalendarStartup"/> loads them; it is
    /// listed among the start-up steps by <c>AddHelpdesk</c>), the change service and the page's validators.
    /// </summary>
    public static IServiceCollection AddBusinessCalendarEditing(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<CalendarVersionStore>();
        services.TryAddSingleton<IValidator<CalendarChange>, CalendarChangeValidator>();
        services.TryAddScoped<CalendarChangeService>();
        services.AddHolidayImport();
        return services;
    }
}
