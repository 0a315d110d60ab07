using HelpdeskDashboard.Features.Reports;
using HelpdeskDashboard.Platform.Time;
using Microsoft.Extensions.Time.Testing;

namespace HelpdeskDashboard.Tests.Features.Reports;

public sealed class ReportPeriodTests
{
    private static readonly CompanyClock Berlin = new(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), new FakeTimeProvider());

    [Theory]
    [InlineData("2026-11", ReportPeriodKind.Month)]
    [InlineData("2026-Q4", ReportPeriodKind.Quarter)]
    [InlineData("2026-10-01..2026-11-15", ReportPeriodKind.Range)]
    [InlineData("2026-03-29..2026-03-29", ReportPeriodKind.Range)]
    public void Query_string_form_reads_back_to_itself(string text, ReportPeriodKind kind)
    {
        Assert.True(ReportPeriod.TryParse(text, out var period));
        Assert.Equal(kind, period.Kind);
        Assert.Equal(text, period.ToString());
        Assert.True(ReportPeriod.TryParse(period.ToString(), out var again));
        Assert.Equal(period, again);
    }

    [Fact]
    public void Lower_case_quarter_is_read_and_written_upper_case()
    {
        Assert.True(ReportPeriod.TryParse("2026-q2", out var period));
        Assert.Equal(ReportPeriod.Quarter(2026, 2), period);
        Assert.Equal("2026-Q2", period.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("2026")]
    [InlineData("2026-13")]
    [InlineData("2026-00")]
    [InlineData("2026-1")]
    [InlineData("2026-Q0")]
    [InlineData("2026-Q5")]
    [InlineData("1999-12")]
    [InlineData("2100-01")]
    [InlineData("November 2026")]
    [InlineData("2026-11-15..2026-10-01")]
    [InlineData("2024-01-01..2026-01-01")]
    [InlineData("2026-10-01..")]
    [InlineData("2026-10-01..2026-11-15..2026-12-01")]
    [InlineData("2026-02-30..2026-03-01")]
    public void Anything_else_is_refused(string? text) => Assert.False(ReportPeriod.TryParse(text, out _));

    [Fact]
    public void The_longest_range_is_accepted_one_day_more_is_not()
    {
        var first = new DateOnly(2025, 1, 1);
        Assert.True(ReportPeriod.TryParse($"{first:yyyy-MM-dd}..{first.AddDays(ReportPeriod.MaxRangeDays - 1):yyyy-MM-dd}", out _));
        Assert.False(ReportPeriod.TryParse($"{first:yyyy-MM-dd}..{first.AddDays(ReportPeriod.MaxRangeDays):yyyy-MM-dd}", out _));
    }

    [Fact]
    public void March_in_Berlin_starts_at_CET_midnight_and_ends_at_CEST_midnight_one_hour_short()
    {
        var (start, end) = ReportPeriod.Month(2026, 3).Bounds(Berlin);

        Assert.Equal(new DateTimeOffset(2026, 2, 28, 23, 0, 0, TimeSpan.Zero), start);
        Assert.Equal(new DateTimeOffset(2026, 3, 31, 22, 0, 0, TimeSpan.Zero), end);
        Assert.Equal(TimeSpan.FromDays(31) - TimeSpan.FromHours(1), end - start);
    }

    [Fact]
    public void Fourth_quarter_in_Berlin_spans_the_October_change_back_one_hour_long()
    {
        var (start, end) = ReportPeriod.Quarter(2026, 4).Bounds(Berlin);

        Assert.Equal(new DateTimeOffset(2026, 9, 30, 22, 0, 0, TimeSpan.Zero), start);
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 23, 0, 0, TimeSpan.Zero), end);
        Assert.Equal(TimeSpan.FromDays(92) + TimeSpan.FromHours(1), end - start);
    }

    [Theory]
    [InlineData(2026, 3, 29, 23)]
    [InlineData(2026, 10, 25, 25)]
    [InlineData(2026, 6, 1, 24)]
    public void A_one_day_range_covers_that_company_day_whatever_its_length(int year, int month, int day, int hours)
    {
        var date = new DateOnly(year, month, day);
        var (start, end) = ReportPeriod.Range(date, date).Bounds(Berlin);

        Assert.Equal(TimeSpan.FromHours(hours), end - start);
        Assert.Equal(date, Berlin.LocalDate(start));
        Assert.Equal(date, Berlin.LocalDate(end.AddTicks(-1)));
        Assert.Equal(date.AddDays(1), Berlin.LocalDate(end));
    }

    [Theory]
    [InlineData(1, 1, 3, 31)]
    [InlineData(2, 4, 6, 30)]
    [InlineData(3, 7, 9, 30)]
    [InlineData(4, 10, 12, 31)]
    public void Quarters_cover_their_three_months(int quarter, int firstMonth, int lastMonth, int lastDay)
    {
        var period = ReportPeriod.Quarter(2026, quarter);

        Assert.Equal(new DateOnly(2026, firstMonth, 1), period.First);
        Assert.Equal(new DateOnly(2026, lastMonth, lastDay), period.Last);
    }

    [Fact]
    public void February_of_a_leap_year_ends_on_the_29th() =>
        Assert.Equal(new DateOnly(2028, 2, 29), ReportPeriod.Month(2028, 2).Last);

    [Theory]
    [InlineData("2026-11", "November 2026")]
    [InlineData("2026-Q4", "Q4 2026 (Oct – Dec)")]
    [InlineData("2026-10-01..2026-11-15", "Thu 1 Oct 2026 – Sun 15 Nov 2026")]
    public void Labels_name_the_period_for_people(string text, string label)
    {
        Assert.True(ReportPeriod.TryParse(text, out var period));
        Assert.Equal(label, period.Label);
    }
}
