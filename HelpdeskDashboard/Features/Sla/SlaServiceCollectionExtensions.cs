using HelpdeskDashboard.Features.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Features.Sla;

public static class SlaServiceCollectionExtensions
{
    /// <summary>
    /// Registers the validated "Sla" and "BusinessCalendar" sections, the <see cref="BusinessCalendar"/>, the pure
    /// <see cref="SlaEngine"/> and the <see cref="SlaService"/> (which reads <see cref="TimeProvider"/>; the system clock
    /// unless one is registered already).
    /// </summary>
    public static IServiceCollection AddSla(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddValidatedOptions<SlaOptions, SlaOptionsValidator>(SlaOptions.SectionName);
        services.AddValidatedOptions<BusinessCalendarOptions, BusinessCalendarOptionsValidator>(
            BusinessCalendarOptions.SectionName, BindCalendarOptions);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new BusinessCalendar(sp.GetRequiredService<IOptions<BusinessCalendarOptions>>().Value));
        services.TryAddSingleton(sp => new SlaEngine(
            sp.GetRequiredService<BusinessCalendar>(), sp.GetRequiredService<IOptions<SlaOptions>>().Value));
        services.TryAddSingleton<SlaService>();
        return services;
    }

    /// <summary>
    /// The configuration binder appends to collections that already hold values, so configured hours would merge with the
    /// default 00:00-24:00 days. Configured hours and holidays therefore replace the defaults instead.
    /// </summary>
    internal static void BindCalendarOptions(BusinessCalendarOptions options, IConfiguration section)
    {
        if (section.GetSection(nameof(BusinessCalendarOptions.Hours)).Exists())
        {
            options.Hours = [];
        }

        if (section.GetSection(nameof(BusinessCalendarOptions.Holidays)).Exists())
        {
            options.Holidays = [];
        }

        section.Bind(options);
    }
}
