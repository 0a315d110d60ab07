using System.Globalization;
using HelpdeskDashboard.Features.Sla;

namespace HelpdeskDashboard.Tests.Features.Sla.Support;

/// <summary>
/// Builds calendars from short strings so that theory rows stay serializable and readable:
/// hours "Mon-Fri=08:00-12:00,13:00-17:00; Sat=10:00-14:00", holidays "2026-12-24,2026-12-25".
/// </summary>
public static class Calendars
{
    public const string WholeWeekdays = "Mon-Fri=00:00-24:00";
    public const string WholeWeek = "Sun-Sat=00:00-24:00";
    public const string OfficeHours = "Mon-Fri=09:00-17:00";
    public const string SplitOfficeHours = "Mon-Fri=08:00-12:00,13:00-17:00";

    private static readonly string[] DayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

    public static BusinessCalendar Default() => new(new BusinessCalendarOptions());

    /// <summary>IANA zones go through the one-argument constructor; synthetic zones through the zone override.</summary>
    public static BusinessCalendar Create(string hours, string zoneId = "Europe/Berlin", string holidays = "")
    {
        var options = Options(hours, holidays);
        if (zoneId.StartsWith("Test/", StringComparison.Ordinal))
        {
            return new BusinessCalendar(options, TestZones.ById[zoneId]);
        }

        options.TimeZone = zoneId;
        return new BusinessCalendar(options);
    }

    public static BusinessCalendarOptions Options(string hours, string holidays = "") => new()
    {
        Hours = ParseHours(hours),
        Holidays = ParseHolidays(holidays),
    };

    public static Dictionary<DayOfWeek, List<string>> ParseHours(string hours)
    {
        var result = new Dictionary<DayOfWeek, List<string>>();
        foreach (var entry in hours.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (days, ranges) = (entry.Split('=')[0], entry.Split('=')[1]);
            foreach (var day in ParseDays(days))
            {
                result[day] = [.. ranges.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
            }
        }

        return result;
    }

    public static List<DateOnly> ParseHolidays(string holidays) =>
        [.. holidays.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(day => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture))];

    private static IEnumerable<DayOfWeek> ParseDays(string days)
    {
        var bounds = days.Split('-');
        var first = Array.IndexOf(DayNames, bounds[0]);
        var last = Array.IndexOf(DayNames, bounds[^1]);
        if (first < 0 || last < first)
        {
            throw new ArgumentException($"Test helper cannot read days '{days}'.", nameof(days));
        }

        return Enumerable.Range(first, last - first + 1).Select(day => (DayOfWeek)day);
    }
}
