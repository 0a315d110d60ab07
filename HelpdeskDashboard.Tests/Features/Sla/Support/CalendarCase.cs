using System.Globalization;
using HelpdeskDashboard.Features.Sla;

namespace HelpdeskDashboard.Tests.Features.Sla.Support;

/// <summary>
/// One generated calendar plus the stretch of time the property tests look at: starts fall in
/// [Anchor, Anchor + StartDays), the reference covers [WindowStart, WindowEnd).
/// </summary>
public sealed record CalendarCase(
    string ZoneId,
    IReadOnlyDictionary<DayOfWeek, List<string>> Hours,
    IReadOnlyList<DateOnly> Holidays,
    DateTimeOffset Anchor)
{
    public const int StartDays = 28;
    private const int DaysBefore = 28;
    private const int DaysAfter = StartDays + 56;

    public TimeZoneInfo Zone => TestZones.ById[ZoneId];

    public DateTimeOffset WindowStart => Anchor.AddDays(-DaysBefore);

    public DateTimeOffset WindowEnd => Anchor.AddDays(DaysAfter);

    /// <summary>A fresh copy each time, so that nothing the calendar does to its options leaks between runs.</summary>
    public BusinessCalendarOptions Options() => new()
    {
        TimeZone = ZoneId,
        Hours = Hours.ToDictionary(day => day.Key, day => day.Value.ToList()),
        Holidays = [.. Holidays],
    };

    public BusinessCalendar Calendar() =>
        ZoneId.StartsWith("Test/", StringComparison.Ordinal) ? new(Options(), Zone) : new(Options());

    public ReferenceCalendar Reference() => new(Options(), Zone, WindowStart, WindowEnd);

    public override string ToString()
    {
        var hours = string.Join("; ", Hours.OrderBy(day => day.Key).Select(day => $"{day.Key}=[{string.Join(",", day.Value)}]"));
        var holidays = string.Join(",", Holidays.Select(day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        return $"zone {ZoneId}; hours {hours}; holidays [{holidays}]; anchor {Anchor:O}";
    }
}
