namespace HelpdeskDashboard.Features.Sla;

/// <summary>Bound from the "BusinessCalendar" configuration section.</summary>
public sealed class BusinessCalendarOptions
{
    public const string SectionName = "BusinessCalendar";

    /// <summary>IANA time zone id of the company, e.g. "Europe/Berlin".</summary>
    public string TimeZone { get; set; } = "Europe/Berlin";

    /// <summary>Open ranges per weekday, "09:00-17:00" or "00:00-24:00"; a missing or empty day is closed.</summary>
    public Dictionary<DayOfWeek, List<string>> Hours { get; set; } = DefaultHours();

    /// <summary>Whole local days that are closed.</summary>
    public List<DateOnly> Holidays { get; set; } = [];

    public static Dictionary<DayOfWeek, List<string>> DefaultHours() => new()
    {
        [DayOfWeek.Monday] = ["00:00-24:00"],
        [DayOfWeek.Tuesday] = ["00:00-24:00"],
        [DayOfWeek.Wednesday] = ["00:00-24:00"],
        [DayOfWeek.Thursday] = ["00:00-24:00"],
        [DayOfWeek.Friday] = ["00:00-24:00"],
    };
}
