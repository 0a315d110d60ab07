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

        foreach (var problem in BusinessCalendarRules.HoursProblems(options.Hours))
        {
            yield return problem;
        }

        foreach (var problem in BusinessCalendarRules.HolidayProblems(options.Holidays))
        {
            yield return problem;
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
