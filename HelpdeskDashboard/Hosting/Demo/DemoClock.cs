using HelpdeskDashboard.Features.Sla;

namespace HelpdeskDashboard.Hosting.Demo;

/// <summary>"Now" and the company's calendar; quarters and months are the company's (its time zone), like billing.</summary>
internal sealed class DemoClock(BusinessCalendar calendar, DateTimeOffset now)
{
    public BusinessCalendar Calendar { get; } = calendar;

    public DateTimeOffset Now { get; } = now;

    public DateOnly Today => CompanyDate(Now);

    public DateOnly CompanyDate(DateTimeOffset instant) => DateOnly.FromDateTime(Calendar.ToCompanyTime(instant).DateTime);

    /// <summary>The instant at which the company's local day starts at <paramref name="time"/>.</summary>
    public DateTimeOffset AtCompanyTime(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        var zone = Calendar.TimeZone;
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30); // a spring-forward gap; the first valid local time follows it
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }

    public DateTimeOffset StartOfDay(DateOnly date) => AtCompanyTime(date, TimeOnly.MinValue);

    public DemoQuarter QuarterOf(DateTimeOffset instant)
    {
        var date = CompanyDate(instant);
        return new DemoQuarter(date.Year, ((date.Month - 1) / 3) + 1);
    }

    public DemoQuarter CurrentQuarter => QuarterOf(Now);

    public DateTimeOffset StartOf(DemoQuarter quarter) => StartOfDay(new DateOnly(quarter.Year, ((quarter.Number - 1) * 3) + 1, 1));

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
