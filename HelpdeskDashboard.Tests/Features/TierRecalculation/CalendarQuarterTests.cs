using HelpdeskDashboard.Features.Billing.Usage;
using HelpdeskDashboard.Features.TierRecalculation;
using HelpdeskDashboard.Platform.Time;
using HelpdeskDashboard.Tests.Features.Sla.Support;

namespace HelpdeskDashboard.Tests.Features.TierRecalculation;

public sealed class CalendarQuarterTests
{
    private static readonly CompanyClock Berlin = new(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), TimeProvider.System);

    /// <summary>UTC+1, summer UTC+2; springs forward on 29 March at 02:00 and falls back at 01:00 on 1 October to 00:00, so Q4's first midnight happens twice.</summary>
    private static readonly CompanyClock MidnightTwice = new(TestZones.WithDst("Test/MidnightTwice", TimeSpan.FromHours(1), TimeSpan.FromHours(1), spring: (3, 29, new TimeOnly(2, 0)), fall: (10, 1, new TimeOnly(1, 0))), TimeProvider.System);

    [Fact]
    public void A_quarter_starts_at_local_midnight_of_its_first_day()
    {
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.FromHours(2)), new CalendarQuarter(2026, 2).StartIn(Berlin));
        Assert.Equal(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.FromHours(1)), new CalendarQuarter(2026, 4).Next().StartIn(Berlin));
    }

    [Fact]
    public void New_years_eve_late_evening_in_berlin_is_still_the_fourth_quarter()
    {
        var lateEvening = new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.FromHours(1));

        Assert.Equal(new CalendarQuarter(2026, 4), CalendarQuarter.Containing(lateEvening, Berlin));
        Assert.Equal(new CalendarQuarter(2027, 1), CalendarQuarter.Containing(lateEvening.AddMinutes(30), Berlin));
    }

    [Fact]
    public void A_quarter_whose_first_midnight_happens_twice_starts_at_the_first_one()
    {
        var q4 = new CalendarQuarter(2026, 4);

        var start = q4.StartIn(MidnightTwice);

        // 00:00 +02:00. It used to be the second midnight (00:00 +01:00, an hour later), so the first pass of
        // 00:00-01:00 on 1 October counted into Q3's turnover window although its date is in Q4.
        Assert.Equal(new DateTimeOffset(2026, 9, 30, 22, 0, 0, TimeSpan.Zero), start);
        Assert.Equal(q4, CalendarQuarter.Containing(start, MidnightTwice));
        Assert.Equal(q4.Previous(), CalendarQuarter.Containing(start.AddTicks(-1), MidnightTwice));
        Assert.Equal(new BillingMonth(2026, 10).StartIn(MidnightTwice), start); // billing and tiers agree on the boundary
    }
}
