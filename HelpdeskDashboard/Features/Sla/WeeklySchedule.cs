namespace HelpdeskDashboard.Features.Sla;

/// <summary>
/// The validated form of a <see cref="BusinessCalendarDefinition"/>: sorted ranges per weekday, and for each date with
/// a closure the ranges left open that day (none for a whole-day closure).
/// </summary>
internal sealed class WeeklySchedule
{
    private readonly BusinessHoursRange[][] _rangesByDay;
    private readonly Dictionary<DateOnly, BusinessHoursRange[]> _closedDates;

    private WeeklySchedule(BusinessHoursRange[][] rangesByDay, Dictionary<DateOnly, BusinessHoursRange[]> closedDates)
    {
        _rangesByDay = rangesByDay;
        _closedDates = closedDates;
        HasOpenTime = rangesByDay.Any(r => r.Length > 0);
    }

    /// <summary>False when no weekday has any range: no business time exists at all.</summary>
    public bool HasOpenTime { get; }

    /// <summary>The open ranges of a local day: what a closure leaves of the weekday's ranges.</summary>
    public ReadOnlySpan<BusinessHoursRange> RangesOn(DateOnly date) =>
        _closedDates.TryGetValue(date, out var left) ? left : _rangesByDay[(int)date.DayOfWeek];

    /// <summary>Validates the options; every error is an <see cref="ArgumentException"/> naming the bad value.</summary>
    public static WeeklySchedule From(BusinessCalendarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Hours is null)
        {
            throw new ArgumentException("BusinessCalendar Hours must not be null.", nameof(options));
        }

        var holidays = new HashSet<DateOnly>();
        foreach (var holiday in options.Holidays ?? [])
        {
            if (!holidays.Add(holiday))
            {
                throw new ArgumentException($"Holiday {holiday:yyyy-MM-dd} is listed more than once.", nameof(options));
            }
        }

        return From(BusinessCalendarDefinition.FromOptions(options));
    }

    /// <summary>Validates the definition; every error is an <see cref="ArgumentException"/> naming the bad value.</summary>
    public static WeeklySchedule From(BusinessCalendarDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var hours = definition.Hours ?? throw new ArgumentException("BusinessCalendar Hours must not be null.", nameof(definition));

        var rangesByDay = new BusinessHoursRange[7][];
        for (var day = 0; day < 7; day++)
        {
            rangesByDay[day] = [];
        }

        foreach (var (day, texts) in hours)
        {
            if (!Enum.IsDefined(day))
            {
                throw new ArgumentException($"'{(int)day}' is not a day of the week.", nameof(definition));
            }

            rangesByDay[(int)day] = ParseDay(day, texts ?? []);
        }

        var closedDates = new Dictionary<DateOnly, BusinessHoursRange[]>();
        foreach (var closure in definition.Closures ?? [])
        {
            ArgumentNullException.ThrowIfNull(closure, nameof(definition));
            var weekday = rangesByDay[(int)closure.Date.DayOfWeek];
            if (!closedDates.TryAdd(closure.Date, OpenLeft(weekday, closure)))
            {
                throw new ArgumentException($"Closure {closure.Date:yyyy-MM-dd} is listed more than once.", nameof(definition));
            }
        }

        return new WeeklySchedule(rangesByDay, closedDates);
    }

    /// <summary>The weekday's ranges minus the closed part.</summary>
    private static BusinessHoursRange[] OpenLeft(BusinessHoursRange[] weekday, BusinessClosure closure)
    {
        if (closure.IsWholeDay)
        {
            return [];
        }

        if (!BusinessHoursRange.TryParse(closure.ClosedHours, out var closed, out var error))
        {
            throw new ArgumentException($"Closure on {closure.Date:yyyy-MM-dd}: {error}.", nameof(closure));
        }

        var left = new List<BusinessHoursRange>(weekday.Length + 1);
        foreach (var open in weekday)
        {
            if (open.StartMinute < closed.StartMinute)
            {
                left.Add(open with { EndMinute = Math.Min(open.EndMinute, closed.StartMinute) });
            }

            if (open.EndMinute > closed.EndMinute)
            {
                left.Add(open with { StartMinute = Math.Max(open.StartMinute, closed.EndMinute) });
            }
        }

        return [.. left];
    }

    private static BusinessHoursRange[] ParseDay(DayOfWeek day, List<string> texts)
    {
        var ranges = new List<BusinessHoursRange>(texts.Count);
        foreach (var text in texts)
        {
            if (!BusinessHoursRange.TryParse(text, out var range, out var error))
            {
                throw new ArgumentException($"Business hours on {day}: {error}.", nameof(texts));
            }

            ranges.Add(range);
        }

        ranges.Sort((a, b) => a.StartMinute.CompareTo(b.StartMinute));
        for (var i = 1; i < ranges.Count; i++)
        {
            // Touching ranges (09:00-12:00, 12:00-17:00) are fine; only a real overlap is a mistake.
            if (ranges[i].StartMinute < ranges[i - 1].EndMinute)
            {
                throw new ArgumentException(
                    $"Business hours on {day}: '{ranges[i - 1]}' and '{ranges[i]}' overlap.", nameof(texts));
            }
        }

        return [.. ranges];
    }
}
