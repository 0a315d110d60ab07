using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Platform.Time;

namespace HelpdeskDashboard.Features.Calendar.Changes;

/// <summary>What a new definition changes, line by line, for the preview and the audit trail.</summary>
public static class CalendarDefinitionDiff
{
    public static IReadOnlyList<string> Describe(BusinessCalendarDefinition old, BusinessCalendarDefinition proposed)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(proposed);
        var lines = new List<string>();
        foreach (var day in Week)
        {
            var before = HoursText(old, day);
            var after = HoursText(proposed, day);
            if (before != after)
            {
                lines.Add($"{day}: {before} → {after}");
            }
        }

        var oldClosures = old.Closures.ToDictionary(c => c.Date);
        var newClosures = proposed.Closures.ToDictionary(c => c.Date);
        foreach (var closure in proposed.Closures.OrderBy(c => c.Date))
        {
            if (!oldClosures.TryGetValue(closure.Date, out var was))
            {
                lines.Add($"Closed {Describe(closure)} (added)");
            }
            else if (Describe(was) != Describe(closure))
            {
                lines.Add($"Closure {Describe(was)} → {Describe(closure)}");
            }
        }

        foreach (var closure in old.Closures.Where(c => !newClosures.ContainsKey(c.Date)).OrderBy(c => c.Date))
        {
            lines.Add($"Open again {Describe(closure)} (closure removed)");
        }

        return lines;
    }

    /// <summary>Monday first, as the page lists the days.</summary>
    public static IReadOnlyList<DayOfWeek> Week { get; } =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday,
        DayOfWeek.Saturday, DayOfWeek.Sunday,
    ];

    public static string Describe(BusinessClosure closure)
    {
        ArgumentNullException.ThrowIfNull(closure);
        var part = closure.IsWholeDay ? "all day" : closure.ClosedHours!.Trim();
        return $"{DisplayFormat.Date(closure.Date)}, {closure.Name.Trim()} ({part})";
    }

    private static string HoursText(BusinessCalendarDefinition definition, DayOfWeek day) =>
        definition.Hours.TryGetValue(day, out var ranges) && ranges is { Count: > 0 }
            ? string.Join(", ", ranges.Select(r => r.Trim()).Order(StringComparer.Ordinal))
            : "closed";
}
