using System.Globalization;

namespace HelpdeskDashboard.Platform.Time;

/// <summary>
/// The one way the app writes dates, durations and time zones for people (docs/formats.md). Instants always carry the
/// year ("Thu 3 Dec 2026, 14:05"): one rule, no "which year?" around New Year. Durations are hours and minutes
/// ("213 h 29 min", "45 min"); zones are a city and the offset at that instant ("New York (UTC−05:00)"), never a raw
/// IANA id. Machine values (<c>&lt;time datetime&gt;</c>, CSV) stay ISO and do not come through here.
/// </summary>
public static class DisplayFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>An instant in <paramref name="zone"/>: "Thu 3 Dec 2026, 14:05".</summary>
    public static string Instant(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return Converted(TimeZoneInfo.ConvertTime(instant, zone));
    }

    /// <summary>An instant already converted to the viewer's zone (e.g. by CompanyCalendar.ToCompanyTime), same style.</summary>
    public static string Converted(DateTimeOffset inViewersZone) => inViewersZone.ToString("ddd d MMM yyyy, HH:mm", Invariant);

    /// <summary>An optional already-converted instant; "–" when there is none.</summary>
    public static string Converted(DateTimeOffset? inViewersZone) => inViewersZone is { } t ? Converted(t) : "–";

    /// <summary>An optional instant; "–" when there is none.</summary>
    public static string Instant(DateTimeOffset? instant, TimeZoneInfo zone) => instant is { } i ? Instant(i, zone) : "–";

    /// <summary>A weekday and time, for instants within the coming week: "Mon 09:00".</summary>
    public static string WeekdayAndTime(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return TimeZoneInfo.ConvertTime(instant, zone).ToString("ddd HH:mm", Invariant);
    }

    /// <summary>A calendar date: "Thu 3 Dec 2026".</summary>
    public static string Date(DateOnly date) => date.ToString("ddd d MMM yyyy", Invariant);

    /// <summary>
    /// Hours and whole minutes, sign dropped (the words around it say before/after): "213 h 29 min", "2 h", "45 min",
    /// "0 min". Seconds are cut, not rounded, so a countdown never shows a minute that has not begun.
    /// </summary>
    public static string Duration(TimeSpan span)
    {
        var totalMinutes = Math.Abs(span.Ticks) / TimeSpan.TicksPerMinute;
        var (hours, minutes) = Math.DivRem(totalMinutes, 60);
        return (hours, minutes) switch
        {
            (0, _) => string.Create(Invariant, $"{minutes} min"),
            (_, 0) => string.Create(Invariant, $"{hours} h"),
            _ => string.Create(Invariant, $"{hours} h {minutes} min"),
        };
    }

    /// <summary>Business time as the tiers page says it: "72 business hours", "1 business hour", "7 business hours 30 min".</summary>
    public static string BusinessHours(TimeSpan span)
    {
        var totalMinutes = Math.Abs(span.Ticks) / TimeSpan.TicksPerMinute;
        var (hours, minutes) = Math.DivRem(totalMinutes, 60);
        var unit = hours == 1 ? "business hour" : "business hours";
        return minutes == 0
            ? string.Create(Invariant, $"{hours} {unit}")
            : string.Create(Invariant, $"{hours} {unit} {minutes} min");
    }

    /// <summary>Decimal hours, only where a rate multiplies them ("2.5 h × €75"): "2.5 h", "0.75 h".</summary>
    public static string DecimalHours(double hours) => hours.ToString("0.##", Invariant) + " h";

    /// <summary>
    /// A zone as a person knows it: the city from the IANA id's last segment and the offset at <paramref name="at"/>,
    /// "New York (UTC−05:00)", "Kolkata (UTC+05:30)", "UTC (UTC+00:00)".
    /// </summary>
    public static string Zone(TimeZoneInfo zone, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return $"{City(zone.Id)} ({Offset(zone.GetUtcOffset(at))})";
    }

    /// <summary>The city part of an IANA id: "America/Argentina/Buenos_Aires" → "Buenos Aires".</summary>
    public static string City(string ianaId)
    {
        ArgumentNullException.ThrowIfNull(ianaId);
        var last = ianaId[(ianaId.LastIndexOf('/') + 1)..];
        return last.Replace('_', ' ');
    }

    /// <summary>"UTC+05:30", "UTC−05:00" (a real minus sign), "UTC+00:00".</summary>
    public static string Offset(TimeSpan offset)
    {
        var sign = offset < TimeSpan.Zero ? "\u2212" : "+";
        var magnitude = offset.Duration();
        return string.Create(Invariant, $"UTC{sign}{magnitude.Hours:00}:{magnitude.Minutes:00}");
    }
}
