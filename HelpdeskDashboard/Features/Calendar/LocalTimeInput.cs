using System.Globalization;
using HelpdeskDashboard.Platform.Time;

namespace HelpdeskDashboard.Features.Calendar;

/// <summary>A date and a wall-clock time typed in a zone, as an instant.</summary>
public static class LocalTimeInput
{
    /// <summary>
    /// "14:30" on <paramref name="date"/> in <paramref name="zone"/>. A time the clocks skip (spring forward) is refused;
    /// a time that happens twice (fall back) is the first of the two.
    /// </summary>
    public static bool TryParse(DateOnly date, string? time, TimeZoneInfo zone, out DateTimeOffset instant, out string error)
    {
        ArgumentNullException.ThrowIfNull(zone);
        instant = default;
        if (!TimeOnly.TryParseExact((time ?? "").Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock))
        {
            error = $"'{time}' is not a time of day like 09:00.";
            return false;
        }

        var local = date.ToDateTime(clock, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            error = $"{local:yyyy-MM-dd HH:mm} does not exist in {DisplayFormat.City(zone.Id)}: the clocks skip it.";
            return false;
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        instant = new DateTimeOffset(local, offset);
        error = "";
        return true;
    }
}
