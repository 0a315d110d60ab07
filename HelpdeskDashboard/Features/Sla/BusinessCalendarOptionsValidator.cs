using FluentValidation;

namespace HelpdeskDashboard.Features.Sla;

/// <summary>
/// Checks the "BusinessCalendar" section with messages that point at the setting ("Hours:Monday:0"), then, when those
/// checks pass, builds a <see cref="BusinessCalendar"/> so that anything else the calendar rejects also stops start-up.
/// </summary>
public sealed class BusinessCalendarOptionsValidator : AbstractValidator<BusinessCalendarOptions>
{
    public BusinessCalendarOptionsValidator()
    {
        // One rule, so that the calendar is only built when the specific checks found nothing: otherwise a bad range
        // would be reported twice, once by name and once by the calendar.
        RuleFor(o => o).Custom((options, context) =>
        {
            var problems = Problems(options).ToList();
            foreach (var (setting, message) in problems)
            {
                context.AddFailure(setting, message);
            }

            if (problems.Count == 0)
            {
                CheckCalendarBuilds(options, context);
            }
        });
    }

    private static IEnumerable<(string Setting, string Message)> Problems(BusinessCalendarOptions options)
    {
        if (!BeAKnownTimeZone(options.TimeZone))
        {
            yield return (nameof(options.TimeZone),
                $"'{options.TimeZone}' is not a time zone known on this machine; use an IANA id such as Europe/Berlin.");
        }

        if (options.Hours is null)
        {
            yield return (nameof(options.Hours), "must not be null.");
        }
        else
        {
            foreach (var problem in HoursProblems(options.Hours))
            {
                yield return problem;
            }
        }

        if (options.Holidays is null)
        {
            yield return (nameof(options.Holidays), "must not be null.");
        }
        else
        {
            foreach (var problem in HolidayProblems(options.Holidays))
            {
                yield return problem;
            }
        }
    }

    private static bool BeAKnownTimeZone(string? timeZoneId)
    {
        if (string.IsNullOrWhiteSpace(timeZoneId))
        {
            return false;
        }

        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
            return true;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }

    private static IEnumerable<(string Setting, string Message)> HoursProblems(Dictionary<DayOfWeek, List<string>> hours)
    {
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
                    yield return ($"Hours[{day}][{i}]", $"{error}.");
                }
            }

            anyOpen |= (ranges?.Count ?? 0) > 0;
            var ordered = parsed.OrderBy(r => r.StartMinute).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                // Touching ranges (09:00-12:00, 12:00-17:00) are fine.
                if (ordered[i].StartMinute < ordered[i - 1].EndMinute)
                {
                    yield return ($"Hours[{day}]", $"the ranges {ordered[i - 1]} and {ordered[i]} overlap.");
                }
            }
        }

        if (!anyOpen)
        {
            // A calendar that never opens would make every deadline infinite.
            yield return ("Hours", "at least one weekday needs opening hours.");
        }
    }

    private static IEnumerable<(string Setting, string Message)> HolidayProblems(List<DateOnly> holidays)
    {
        var seen = new HashSet<DateOnly>();
        for (var i = 0; i < holidays.Count; i++)
        {
            if (!seen.Add(holidays[i]))
            {
                yield return ($"Holidays[{i}]", $"{holidays[i]:yyyy-MM-dd} is listed more than once.");
            }
        }
    }

    // The calendar has the last word on what it accepts; report its complaint instead of crashing start-up later.
    private static void CheckCalendarBuilds(BusinessCalendarOptions options, ValidationContext<BusinessCalendarOptions> context)
    {
        try
        {
            _ = new BusinessCalendar(options);
        }
        catch (ArgumentException ex)
        {
            var message = ex.ParamName is null ? ex.Message : ex.Message.Replace($" (Parameter '{ex.ParamName}')", "", StringComparison.Ordinal);
            context.AddFailure(string.Empty, message);
        }
    }
}
