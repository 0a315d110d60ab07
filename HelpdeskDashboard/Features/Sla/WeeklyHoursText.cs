namespace HelpdeskDashboard.Features.Sla;

/// <summary>A weekday's ranges as the page shows them in one field: "09:00-12:00, 13:00-17:00"; empty is closed.</summary>
public static class WeeklyHoursText
{
    public static string Format(IEnumerable<string>? ranges) => string.Join(", ", (ranges ?? []).Select(r => r.Trim()));

    /// <summary>The ranges as typed, split at commas; the calendar's rules judge each one.</summary>
    public static List<string> Parse(string? text) =>
        [.. (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
