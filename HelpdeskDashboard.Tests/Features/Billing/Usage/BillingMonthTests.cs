using HelpdeskDashboard.Features.Billing.Usage;
using HelpdeskDashboard.Platform.Time;
using HelpdeskDashboard.Tests.Features.Sla.Support;

namespace HelpdeskDashboard.Tests.Features.Billing.Usage;

public sealed class BillingMonthTests
{
    private static readonly CompanyClock Berlin = new(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), TimeProvider.System);

    /// <summary>UTC+1, summer UTC+2; springs forward at local midnight on 1 April (so "00:00" does not exist) and falls back at 00:00 on 1 October.</summary>
    private static readonly CompanyClock MidnightDst = new(TestZones.WithDst("Test/MidnightDst", TimeSpan.FromHours(1), TimeSpan.FromHours(1), spring: (4, 1, new TimeOnly(0, 0)), fall: (10, 1, new TimeOnly(1, 0))), TimeProvider.System);

    [Fact]
    public void New_years_eve_late_evening_in_berlin_is_already_january_in_utc_but_december_for_billing()
    {
        var lateEvening = new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.FromHours(1));

        Assert.Equal(new BillingMonth(2026, 12), BillingMonth.Containing(lateEvening, Berlin));
        Assert.Equal(new BillingMonth(2027, 1), BillingMonth.Containing(lateEvening.AddMinutes(30), Berlin));
    }

    [Fact]
    public void A_month_starts_at_local_midnight_of_its_first_day()
    {
        Assert.Equal(new DateTimeOffset(2026, 4, 30, 22, 0, 0, TimeSpan.Zero), new BillingMonth(2026, 5).StartIn(Berlin));
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 23, 0, 0, TimeSpan.Zero), new BillingMonth(2026, 11).EndIn(Berlin));
    }

    [Fact]
    public void A_midnight_that_dst_skips_moves_forward_by_the_gap()
    {
        var april = new BillingMonth(2026, 4);

        // Local 00:00 does not exist; it resolves like 01:00 summer time, which is 23:00 UTC the day before.
        Assert.Equal(new DateTimeOffset(2026, 3, 31, 23, 0, 0, TimeSpan.Zero), april.StartIn(MidnightDst));
        Assert.Equal(new BillingMonth(2026, 3), BillingMonth.Containing(april.StartIn(MidnightDst).AddTicks(-1), MidnightDst));
        Assert.Equal(april, BillingMonth.Containing(april.StartIn(MidnightDst), MidnightDst));
    }

    [Fact]
    public void A_midnight_that_dst_repeats_takes_the_earlier_offset_so_months_never_overlap()
    {
        var october = new BillingMonth(2026, 10);

        Assert.Equal(new DateTimeOffset(2026, 9, 30, 22, 0, 0, TimeSpan.Zero), october.StartIn(MidnightDst));
        Assert.Equal(october.StartIn(MidnightDst), new BillingMonth(2026, 9).EndIn(MidnightDst));
    }

    /// <summary>UTC+1, summer UTC+2; springs forward at 23:30 on 30 April, so 1 May begins at 00:30 and its midnight lies inside the gap.</summary>
    private static readonly CompanyClock GapAcrossMidnight = new(TestZones.WithDst("Test/GapAcrossMidnight", TimeSpan.FromHours(1), TimeSpan.FromHours(1), spring: (4, 30, new TimeOnly(23, 30)), fall: (10, 25, new TimeOnly(3, 0))), TimeProvider.System);

    [Fact]
    public void A_month_whose_midnight_lies_inside_a_gap_starts_when_the_gap_ends()
    {
        var may = new BillingMonth(2026, 5);

        // 30 April 23:30 +01:00 (22:30 UTC) is followed by 1 May 00:30 +02:00. The month used to start at "00:00 read
        // with the offset before the gap", 1 May 01:00 +02:00 (23:00 UTC), which left 00:30-01:00 in April's span
        // although those instants are on 1 May.
        Assert.Equal(new DateTimeOffset(2026, 4, 30, 22, 30, 0, TimeSpan.Zero), may.StartIn(GapAcrossMidnight));
        Assert.Equal(may, BillingMonth.Containing(may.StartIn(GapAcrossMidnight), GapAcrossMidnight));
        Assert.Equal(may.Previous, BillingMonth.Containing(may.StartIn(GapAcrossMidnight).AddTicks(-1), GapAcrossMidnight));
    }

    [Fact]
    public void The_dst_month_is_an_hour_shorter_or_longer_in_real_time()
    {
        Assert.Equal(TimeSpan.FromDays(31) - TimeSpan.FromHours(1), new BillingMonth(2026, 3).EndIn(Berlin) - new BillingMonth(2026, 3).StartIn(Berlin));
        Assert.Equal(TimeSpan.FromDays(31) + TimeSpan.FromHours(1), new BillingMonth(2026, 10).EndIn(Berlin) - new BillingMonth(2026, 10).StartIn(Berlin));
    }

    [Theory]
    [InlineData("2026-05", true, 2026, 5)]
    [InlineData("2026-12", true, 2026, 12)]
    [InlineData("2026-13", false, 0, 0)]
    [InlineData("2026-5", false, 0, 0)]
    [InlineData("May 2026", false, 0, 0)]
    [InlineData("", false, 0, 0)]
    public void Months_parse_only_as_yyyy_MM(string text, bool parses, int year, int month)
    {
        Assert.Equal(parses, BillingMonth.TryParse(text, out var parsed));
        if (parses)
        {
            Assert.Equal(new BillingMonth(year, month), parsed);
        }
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 1)]
    [InlineData(4, 2)]
    [InlineData(12, 4)]
    public void Each_month_belongs_to_its_quarter(int month, int quarter) =>
        Assert.Equal(quarter, new BillingMonth(2026, month).Quarter);

    [Fact]
    public void Months_step_across_year_ends()
    {
        Assert.Equal(new BillingMonth(2025, 12), new BillingMonth(2026, 1).Previous);
        Assert.Equal(new BillingMonth(2027, 1), new BillingMonth(2026, 12).Next);
        Assert.Equal(new BillingMonth(2025, 6), new BillingMonth(2026, 5).AddMonths(-11));
    }
}
