using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.TierRecalculation;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Platform.Time;
using HelpdeskDashboard.Tests.Features.Sla.Support;

namespace HelpdeskDashboard.Tests.Hosting.Demo;

public sealed class DemoClockTests
{
    /// <summary>UTC+1, summer UTC+2; springs forward on 29 March at 02:00 and falls back at 01:00 on 1 October to 00:00, so Q4's first midnight happens twice.</summary>
    private static readonly TimeZoneInfo MidnightTwice = TestZones.WithDst("Test/MidnightTwice", TimeSpan.FromHours(1), TimeSpan.FromHours(1), spring: (3, 29, new TimeOnly(2, 0)), fall: (10, 1, new TimeOnly(1, 0)));

    [Fact]
    public void The_demos_quarters_start_where_the_tier_jobs_do_even_when_midnight_happens_twice()
    {
        var company = new CompanyClock(MidnightTwice, TimeProvider.System);
        var demo = new DemoClock(new BusinessCalendar(new BusinessCalendarOptions(), MidnightTwice), company, new DateTimeOffset(2026, 11, 15, 12, 0, 0, TimeSpan.Zero));

        // The first of the two midnights; the demo used to take the second (ConvertTimeToUtc reads standard time).
        Assert.Equal(new DemoQuarter(2026, 4), demo.CurrentQuarter);
        Assert.Equal(new DateTimeOffset(2026, 9, 30, 22, 0, 0, TimeSpan.Zero), demo.StartOf(demo.CurrentQuarter));
        Assert.Equal(new CalendarQuarter(2026, 4).StartIn(company), demo.StartOf(demo.CurrentQuarter));
        Assert.Equal(new CalendarQuarter(2026, 3).StartIn(company), demo.StartOf(demo.CurrentQuarter.Previous()));
    }

    [Fact]
    public void A_demo_time_inside_a_gap_lands_on_the_first_instant_after_it()
    {
        var demo = new DemoClock(
            new BusinessCalendar(new BusinessCalendarOptions(), MidnightTwice), new CompanyClock(MidnightTwice, TimeProvider.System), DateTimeOffset.UnixEpoch);

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 3, 0, 0, TimeSpan.FromHours(2)), demo.AtCompanyTime(new DateOnly(2026, 3, 29), new TimeOnly(2, 30)));
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 17, 0, 0, TimeSpan.FromHours(2)), demo.AtCompanyTime(new DateOnly(2026, 3, 29), new TimeOnly(17, 0)));
    }
}
