using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Platform.Startup;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Features.Calendar;

/// <summary>
/// After the database is migrated: the file's "BusinessCalendar" section becomes the first version on an empty
/// database (it was validated at start-up all the same), then the stored versions replace the calendar's rules.
/// </summary>
public sealed class CalendarStartup(
    CalendarVersionStore store,
    BusinessCalendar calendar,
    IOptions<BusinessCalendarOptions> options,
    TimeProvider time,
    ILogger<CalendarStartup> logger) : IStartupStep
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var versions = await store.EnsureFirstVersionAsync(
            BusinessCalendarDefinition.FromOptions(options.Value), time.GetUtcNow().UtcTicks, cancellationToken);
        calendar.Use([.. versions.Select(v => v.ToVersion())]);
        logger.LogInformation("Business calendar: {Count} version(s) from the database in force.", versions.Count);
    }
}
