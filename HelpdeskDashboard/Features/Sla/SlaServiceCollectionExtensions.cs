using HelpdeskDashboard.Platform.Configuration;
using HelpdeskDashboard.Platform.Time;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Features.Sla;

public static class SlaServiceCollectionExtensions
{
    /// <summary>
    /// Registers the validated "Sla" and "BusinessCalendar" sections, the <see cref="BusinessCalendar"/>, the pure
    /// <see cref="SlaEngine"/>, the <see cref="SlaTicker"/> (which reads <see cref="TimeProvider"/>; the system clock
    /// unless one is registered already), the <see cref="Components.SlaCountdownViews"/> all countdowns share and the
    /// per-circuit <see cref="Components.SlaCountdownGroup"/>; and the
    /// platform's <see cref="CompanyClock"/> in the calendar's time zone, the one company zone.
    /// </summary>
    public static IServiceCollection AddSla(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddValidatedOptions<SlaOptions, SlaOptionsValidator>(SlaOptions.SectionName);
        services.AddValidatedOptions<BusinessCalendarOptions, BusinessCalendarOptionsValidator>(
            BusinessCalendarOptions.SectionName, BindCalendarOptions);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new BusinessCalendar(sp.GetRequiredService<IOptions<BusinessCalendarOptions>>().Value));
        services.TryAddSingleton(sp => new CompanyClock(sp.GetRequiredService<BusinessCalendar>().TimeZone, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new SlaEngine(
            sp.GetRequiredService<BusinessCalendar>(), sp.GetRequiredService<IOptions<SlaOptions>>().Value));
        services.TryAddSingleton<SlaTicker>();
        services.TryAddSingleton<Components.SlaCountdownViews>();
        services.TryAddScoped<Components.SlaCountdownGroup>();
        return services;
    }

    /// <summary>
    /// Binds the "BusinessCalendar" section. Three things the plain binder gets wrong are fixed here:
    /// it appends to collections that already hold values, so configured hours would merge with the default
    /// 00:00-24:00 days (configured hours and holidays replace the defaults instead); it silently drops a weekday it
    /// cannot parse ("Funday"), which would close that day (start-up fails naming the key instead); and it drops a day
    /// written as one string ("Monday": "09:00-17:00"), which is accepted here as a comma-separated list of ranges.
    /// </summary>
    internal static void BindCalendarOptions(BusinessCalendarOptions options, IConfiguration section)
    {
        var hours = section.GetSection(nameof(BusinessCalendarOptions.Hours));
        if (hours.Exists())
        {
            options.Hours = [];
        }

        if (section.GetSection(nameof(BusinessCalendarOptions.Holidays)).Exists())
        {
            options.Holidays = [];
        }

        section.Bind(options);

        foreach (var day in hours.GetChildren())
        {
            if (!Enum.TryParse<DayOfWeek>(day.Key, ignoreCase: true, out var weekday))
            {
                throw new OptionsValidationException(Options.DefaultName, typeof(BusinessCalendarOptions),
                    [$"{day.Path}: '{day.Key}' is not a day of the week (Monday ... Sunday)."]);
            }

            if (day.Value is { } ranges && !day.GetChildren().Any())
            {
                options.Hours[weekday] = [.. ranges.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
            }
        }
    }
}
