namespace HelpdeskDashboard.Features.Sla;

/// <summary>The validated form of <see cref="BusinessCalendarOptions"/>: sorted ranges per weekday and a holiday set.</summary>
internal sealed class WeeklySchedule
{
    private readonly BusinessHoursRange[][] _rangesByDay;
    private readonly HashSet<DateOnly> _holidays;

    private WeeklySchedule(BusinessHoursRange[][] rangesByDay, HashSet<DateOnly> holidays)
    {
        _rangesByDay = rangesByDay;
        _holidays = holidays;
        HasOpenTime = rangesByDay.Any(r => r.Length > 0);
    }

    /// <summary>False when no weekday has any range: no business time exists at all.</summary>
    public bool HasOpenTime { get; }

    /// <summary>The open ranges of a local day: none on a holiday.</summary>
    public ReadOnlySpan<BusinessHoursRange> RangesOn(DateOnly date) =>
        _holidays.Contains(date) ? [] : _rangesByDay[(int)date.DayOfWeek];

    /// <summary>Validates the options; every error is an <see cref="ArgumentException"/> naming the bad value.</summary>
    public static WeeklySchedule From(BusinessCalendarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var hours = options.Hours ?? throw new ArgumentException("BusinessCalendar Hours must not be null.", nameof(options));

        var rangesByDay = new BusinessHoursRange[7][];
        for (var day = 0; day < 7; day++)
        {
            rangesByDay[day] = [];
        }

        foreach (var (day, texts) in hours)
        {
            if (!Enum.IsDefined(day))
            {
                throw new ArgumentException($"'{(int)day}' is not a day of the week.", nameof(options));
            }

            rangesByDay[(int)day] = ParseDay(day, texts ?? []);
        }

        var holidaySet = new HashSet<DateOnly>();
        foreach (var holiday in options.Holidays ?? [])
        {
            if (!holidaySet.Add(holiday))
            {
                throw new ArgumentException($"Holiday {holiday:yyyy-MM-dd} is listed more than once.", nameof(options));
            }
        }

        return new WeeklySchedule(rangesByDay, holidaySet);
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
