using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Platform.Time;

namespace HelpdeskDashboard.Hosting.Demo;

/// <summary>
/// "Now" and the company's calendar; quarters and months are the company's (its time zone), like billing. Dates and
/// day starts come from the <see cref="CompanyClock"/>, so the demo's quarters begin where the tier job's do.
/// </summary>
internal sealed class DemoClock(BusinessCalendar calendar, CompanyClock company, DateTimeOffset now)
{
    public BusinessCalendar Calendar { get; } = calendar;

    public DateTimeOffset Now { get; } = now;

    public DateOnly Today => CompanyDate(Now);

    public DateOnly CompanyDate(DateTimeOffset instant) => company.LocalDate(instant);

    /// <summary>The instant the company's clocks show <paramref name="time"/> on <paramref name="date"/> (<see cref="CompanyClock.At"/>).</summary>
    public DateTimeOffset AtCompanyTime(DateOnly date, TimeOnly time) => company.At(date, time);

    public DateTimeOffset StartOfDay(DateOnly date) => company.StartOfDay(date);

    public DemoQuarter QuarterOf(DateTimeOffset instant)
    {
        var date = CompanyDate(instant);
        return new DemoQuarter(date.Year, ((date.Month - 1) / 3) + 1);
    }

    public DemoQuarter CurrentQuarter => QuarterOf(Now);

    public DateTimeOffset StartOf(DemoQuarter quarter) => company.StartOfQuarter(quarter.Year, quarter.Number);

    public DateTimeOffset EndOf(DemoQuarter quarter) => StartOf(quarter.Next());

    /// <summary>The first day of the month <paramref name="monthsBack"/> months before the current one.</summary>
    public DateOnly MonthStart(int monthsBack)
    {
        var first = new DateOnly(Today.Year, Today.Month, 1);
        return first.AddMonths(-monthsBack);
    }
}

/// <summary>A calendar quarter, 1 to 4.</summary>
internal readonly record struct DemoQuarter(int Year, int Number)
{
    public DemoQuarter Next() => Number == 4 ? new(Year + 1, 1) : new(Year, Number + 1);

    public DemoQuarter Previous() => Number == 1 ? new(Year - 1, 4) : new(Year, Number - 1);

    public DemoQuarter Offset(int quarters)
    {
        var index = (Year * 4) + (Number - 1) + quarters;
        return new(index / 4, (index % 4) + 1);
    }
}
