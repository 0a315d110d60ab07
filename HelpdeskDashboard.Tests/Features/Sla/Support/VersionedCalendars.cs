using System.Globalization;
using HelpdeskDashboard.Features.Sla;

namespace HelpdeskDashboard.Tests.Features.Sla.Support;

/// <summary>
/// Builds versioned calendars from short strings so that theory rows stay serializable and readable. A version is
/// "2026-06-10T12:00+02:00 => Mon-Fri=08:00-18:00 | 2026-06-11, 2026-12-24 13:00-24:00": its effective instant, the
/// hours as in <see cref="Calendars"/>, and optionally closures (a bare date closes the whole day, a date with a range
/// closes that part). Versions are joined with " || " in the order they are listed.
/// </summary>
public static class VersionedCalendars
{
    /// <summary>
    /// The definition in force at <paramref name="instant"/>, read from the calendar's ordered versions (what its
    /// arithmetic counts with): the last version at or before it; before the first instant, the last listed at that instant.
    /// </summary>
    public static BusinessCalendarDefinition DefinitionAt(this BusinessCalendar calendar, DateTimeOffset instant)
    {
        var versions = calendar.Versions;
        var found = versions[0];
        foreach (var version in versions)
        {
            if (version.EffectiveFrom <= instant || version.EffectiveFrom == versions[0].EffectiveFrom)
            {
                found = version;
            }
        }

        return found.Definition;
    }

    public const string PartDayName = "Part-day closure";

    public static BusinessCalendar Create(string versions, string zoneId = "Europe/Berlin") =>
        new(TestZones.ById[zoneId], Versions(versions));

    public static List<BusinessCalendarVersion> Versions(string versions) =>
        [.. versions.Split("||", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Version)];

    public static BusinessCalendarVersion Version(string version)
    {
        var parts = version.Split("=>", 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2)
        {
            throw new ArgumentException($"Test helper cannot read version '{version}'.", nameof(version));
        }

        return new BusinessCalendarVersion(Instants.At(parts[0]), Definition(parts[1]));
    }

    /// <summary>"Mon-Fri=09:00-17:00 | 2026-12-24 13:00-24:00, 2026-12-25".</summary>
    public static BusinessCalendarDefinition Definition(string hoursAndClosures)
    {
        var parts = hoursAndClosures.Split('|', 2, StringSplitOptions.TrimEntries);
        return new BusinessCalendarDefinition
        {
            Hours = Calendars.ParseHours(parts[0]),
            Closures = parts.Length == 2 ? ParseClosures(parts[1]) : [],
        };
    }

    public static List<BusinessClosure> ParseClosures(string closures) =>
        [.. closures.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ParseClosure)];

    private static BusinessClosure ParseClosure(string closure)
    {
        var parts = closure.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var date = DateOnly.ParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return parts.Length == 1
            ? new BusinessClosure { Date = date, Name = BusinessClosure.DefaultName }
            : new BusinessClosure { Date = date, Name = PartDayName, ClosedHours = parts[1] };
    }
}
