namespace HelpdeskDashboard.Features.Sla;

/// <summary>
/// The rules a calendar definition must meet, in one place: the start-up validator of the file's section and the
/// calendar page's validator both report these problems, each with the setting it concerns.
/// </summary>
public static class BusinessCalendarRules
{
    /// <summary>Closures are accepted for these years: wide enough for any plan, narrow enough to catch a typo (20226).</summary>
    public const int FirstYear = 2000;

    public const int LastYear = 2099;

    public const int MaxNameLength = 100;

    public static IEnumerable<(string Setting, string Message)> HoursProblems(Dictionary<DayOfWeek, List<string>>? hours)
    {
        if (hours is null)
        {
            yield return ("Hours", "must not be null.");
            yield break;
        }

        var anyOpen = false;
        foreach (var (day, ranges) in hours)
        {
            var parsed = new List<BusinessHoursRange>();
            for (var i = 0; i < (ranges?.Count ?? 0); i++)
            {
                if (BusinessHoursRange.TryParse(ranges![i], out var range, out var error))
                {
                    parsed.Add(range);
                }
                else
                {
                    yield return ($"Hours[{day}][{i}]", $"{day}: {error}.");
                }
            }

            anyOpen |= (ranges?.Count ?? 0) > 0;
            var ordered = parsed.OrderBy(r => r.StartMinute).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                // Touching ranges (09:00-12:00, 12:00-17:00) are fine.
                if (ordered[i].StartMinute < ordered[i - 1].EndMinute)
                {
                    yield return ($"Hours[{day}]", $"{day}: the ranges {ordered[i - 1]} and {ordered[i]} overlap.");
                }
            }
        }

        if (!anyOpen)
        {
            // A calendar that never opens would make every deadline infinite.
            yield return ("Hours", "At least one weekday needs opening hours: a week with no open time has no deadlines.");
        }
    }

    /// <summary>Whole-day dates from the configuration file.</summary>
    public static IEnumerable<(string Setting, string Message)> HolidayProblems(List<DateOnly>? holidays)
    {
        if (holidays is null)
        {
            yield return ("Holidays", "must not be null.");
            yield break;
        }

        var seen = new HashSet<DateOnly>();
        for (var i = 0; i < holidays.Count; i++)
        {
            if (!InSupportedYears(holidays[i]))
            {
                yield return ($"Holidays[{i}]", YearMessage(holidays[i]));
            }
            else if (!seen.Add(holidays[i]))
            {
                yield return ($"Holidays[{i}]", $"{holidays[i]:yyyy-MM-dd} is listed more than once.");
            }
        }
    }

    public static IEnumerable<(string Setting, string Message)> ClosureProblems(List<BusinessClosure>? closures)
    {
        if (closures is null)
        {
            yield return ("Closures", "must not be null.");
            yield break;
        }

        var seen = new HashSet<DateOnly>();
        for (var i = 0; i < closures.Count; i++)
        {
            var closure = closures[i];
            var setting = $"Closures[{i}]";
            if (closure is null)
            {
                yield return (setting, "must not be null.");
                continue;
            }

            if (!InSupportedYears(closure.Date))
            {
                yield return ($"{setting}.Date", YearMessage(closure.Date));
            }
            else if (!seen.Add(closure.Date))
            {
                yield return ($"{setting}.Date", $"{closure.Date:yyyy-MM-dd} is listed more than once; one closure per date.");
            }

            if (string.IsNullOrWhiteSpace(closure.Name))
            {
                yield return ($"{setting}.Name", $"The closure on {closure.Date:yyyy-MM-dd} needs a name.");
            }
            else if (closure.Name.Length > MaxNameLength)
            {
                yield return ($"{setting}.Name", $"The name of the closure on {closure.Date:yyyy-MM-dd} is longer than {MaxNameLength} characters.");
            }

            if (!closure.IsWholeDay && !BusinessHoursRange.TryParse(closure.ClosedHours, out _, out var error))
            {
                yield return ($"{setting}.ClosedHours", $"Closure on {closure.Date:yyyy-MM-dd}: {error}.");
            }
        }
    }

    public static bool InSupportedYears(DateOnly date) => date.Year is >= FirstYear and <= LastYear;

    private static string YearMessage(DateOnly date) =>
        $"{date:yyyy-MM-dd} lies outside the supported years {FirstYear}–{LastYear}.";
}
