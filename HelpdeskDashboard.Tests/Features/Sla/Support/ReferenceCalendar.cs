using System.Globalization;
using HelpdeskDashboard.Features.Sla;

namespace HelpdeskDashboard.Tests.Features.Sla.Support;

/// <summary>
/// Deliberately simple model of the spec: resolve every local range of every day in a window to instants
/// (lenient resolution, empty periods dropped), mark the covered minutes (which is the union), then answer
/// every question by walking minute by minute. Only valid for inputs on minute boundaries inside the window,
/// and for zones whose offsets are whole minutes.
/// </summary>
public sealed class ReferenceCalendar
{
    private readonly bool[] _openMinutes;

    public ReferenceCalendar(BusinessCalendarOptions options, TimeZoneInfo zone, DateTimeOffset windowStart, DateTimeOffset windowEnd)
        : this(options.Hours, options.Holidays.Select(day => (day, (string?)null)), zone, windowStart, windowEnd)
    {
    }

    /// <summary>One version's rules alone; a part-day closure leaves of each weekday range the minutes outside it.</summary>
    public ReferenceCalendar(BusinessCalendarDefinition definition, TimeZoneInfo zone, DateTimeOffset windowStart, DateTimeOffset windowEnd)
        : this(definition.Hours, definition.Closures.Select(c => (c.Date, c.ClosedHours)), zone, windowStart, windowEnd)
    {
    }

    private ReferenceCalendar(
        Dictionary<DayOfWeek, List<string>> hours, IEnumerable<(DateOnly Date, string? ClosedHours)> closures,
        TimeZoneInfo zone, DateTimeOffset windowStart, DateTimeOffset windowEnd)
        : this(windowStart, windowEnd)
    {
        var offsets = OffsetTimeline.For(zone);
        var closed = new Dictionary<DateOnly, string?>();
        foreach (var (date, closedHours) in closures)
        {
            closed[date] = closedHours;
        }

        var firstDay = DateOnly.FromDateTime(WindowStart.UtcDateTime).AddDays(-2);
        var lastDay = DateOnly.FromDateTime(WindowEnd.UtcDateTime).AddDays(2);
        for (var day = firstDay; day <= lastDay; day = day.AddDays(1))
        {
            if (!hours.TryGetValue(day.DayOfWeek, out var ranges))
            {
                continue;
            }

            var closedPart = closed.TryGetValue(day, out var text) ? text : "";
            if (string.IsNullOrWhiteSpace(closedPart) && closed.ContainsKey(day))
            {
                continue; // closed all day
            }

            foreach (var range in ranges)
            {
                var midnight = day.ToDateTime(TimeOnly.MinValue);
                foreach (var (from, to) in OpenPieces(ParseRange(range), closedPart))
                {
                    var start = LenientLocalTime.Resolve(offsets.OffsetAt, midnight.AddMinutes(from));
                    var end = LenientLocalTime.Resolve(offsets.OffsetAt, midnight.AddMinutes(to));
                    MarkOpen(start, end);
                }
            }
        }
    }

    private ReferenceCalendar(DateTimeOffset windowStart, DateTimeOffset windowEnd)
    {
        WindowStart = windowStart.ToUniversalTime();
        WindowEnd = windowEnd.ToUniversalTime();
        _openMinutes = new bool[(int)(WindowEnd - WindowStart).TotalMinutes];
    }

    /// <summary>
    /// Versions: each minute is open when the version in force at that minute says so. In force is the last (in list
    /// order, among equal instants) of those taking effect at or before it; before them all, the last of those sharing
    /// the earliest instant. Effective instants must be whole minutes from the window start (or outside the window).
    /// </summary>
    public static ReferenceCalendar Versioned(
        IReadOnlyList<BusinessCalendarVersion> versions, TimeZoneInfo zone, DateTimeOffset windowStart, DateTimeOffset windowEnd)
    {
        var ordered = versions.OrderBy(v => v.EffectiveFrom).ToList(); // stable: equal instants keep list order
        var alone = ordered.Select(v => new ReferenceCalendar(v.Definition, zone, windowStart, windowEnd)).ToList();
        var result = new ReferenceCalendar(windowStart, windowEnd);
        var inForce = ordered.FindLastIndex(v => v.EffectiveFrom == ordered[0].EffectiveFrom);
        for (var minute = 0; minute < result._openMinutes.Length; minute++)
        {
            var instant = result.WindowStart.AddTicks(minute * TimeSpan.TicksPerMinute);
            while (inForce + 1 < ordered.Count && ordered[inForce + 1].EffectiveFrom <= instant)
            {
                inForce++; // equal instants are passed together, so the last of them is in force
            }

            result._openMinutes[minute] = alone[inForce]._openMinutes[minute];
        }

        return result;
    }

    public DateTimeOffset WindowStart { get; }

    public DateTimeOffset WindowEnd { get; }

    public bool IsOpen(DateTimeOffset instant) => _openMinutes[Index(instant)];

    public TimeSpan Between(DateTimeOffset from, DateTimeOffset to)
    {
        if (to < from)
        {
            return -Between(to, from);
        }

        // Counting the open minutes one by one, vectorised by the runtime.
        return TimeSpan.FromMinutes(_openMinutes.AsSpan(Index(from), Index(to) - Index(from)).Count(true));
    }

    /// <summary>Null when the window runs out before the amount is used up.</summary>
    public DateTimeOffset? Add(DateTimeOffset start, int minutes)
    {
        var remaining = Math.Abs(minutes);
        if (remaining == 0)
        {
            return start;
        }

        if (minutes > 0)
        {
            for (var minute = Index(start); minute < _openMinutes.Length; minute++)
            {
                if (_openMinutes[minute] && --remaining == 0)
                {
                    return InstantOf(minute + 1);
                }
            }
        }
        else
        {
            for (var minute = Index(start) - 1; minute >= 0; minute--)
            {
                if (_openMinutes[minute] && --remaining == 0)
                {
                    return InstantOf(minute);
                }
            }
        }

        return null;
    }

    /// <summary>Null when no opening follows inside the window.</summary>
    public DateTimeOffset? NextOpening(DateTimeOffset instant)
    {
        for (var minute = Index(instant); minute < _openMinutes.Length; minute++)
        {
            if (_openMinutes[minute])
            {
                return InstantOf(minute);
            }
        }

        return null;
    }

    /// <summary>Maximal open runs inside [from, to); touching periods come out merged.</summary>
    public IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> OpenRuns(DateTimeOffset from, DateTimeOffset to)
    {
        var runs = new List<(DateTimeOffset, DateTimeOffset)>();
        int? runStart = null;
        var end = Index(to);
        for (var minute = Index(from); minute <= end; minute++)
        {
            var open = minute < end && _openMinutes[minute];
            if (open && runStart is null)
            {
                runStart = minute;
            }
            else if (!open && runStart is { } begun)
            {
                runs.Add((InstantOf(begun), InstantOf(minute)));
                runStart = null;
            }
        }

        return runs;
    }

    public static (int FromMinute, int ToMinute) ParseRange(string range)
    {
        var parts = range.Split('-');
        return (MinuteOfDay(parts[0]), MinuteOfDay(parts[1]));
    }

    private static int MinuteOfDay(string hhmm)
    {
        var parts = hhmm.Split(':');
        return (int.Parse(parts[0], CultureInfo.InvariantCulture) * 60) + int.Parse(parts[1], CultureInfo.InvariantCulture);
    }

    /// <summary>The maximal runs of the range's minutes that the closed part (if any) leaves open.</summary>
    private static IEnumerable<(int From, int To)> OpenPieces((int From, int To) range, string? closedPart)
    {
        var (closedFrom, closedTo) = string.IsNullOrWhiteSpace(closedPart) ? (0, 0) : ParseRange(closedPart);
        int? pieceStart = null;
        for (var minute = range.From; minute <= range.To; minute++)
        {
            var open = minute < range.To && (minute < closedFrom || minute >= closedTo);
            if (open && pieceStart is null)
            {
                pieceStart = minute;
            }
            else if (!open && pieceStart is { } begun)
            {
                yield return (begun, minute);
                pieceStart = null;
            }
        }
    }

    private void MarkOpen(DateTimeOffset start, DateTimeOffset end)
    {
        var first = Math.Max(0, (int)(start - WindowStart).TotalMinutes);
        var last = Math.Min(_openMinutes.Length, (int)(end - WindowStart).TotalMinutes);
        if (last > first)
        {
            _openMinutes.AsSpan(first, last - first).Fill(true);
        }
    }

    private int Index(DateTimeOffset instant)
    {
        var offset = instant - WindowStart;
        if (offset.Ticks % TimeSpan.TicksPerMinute != 0 || instant < WindowStart || instant > WindowEnd)
        {
            throw new ArgumentOutOfRangeException(nameof(instant), instant, "Reference only knows whole minutes inside its window.");
        }

        return (int)offset.TotalMinutes;
    }

    private DateTimeOffset InstantOf(int minute) => WindowStart.AddMinutes(minute);
}
