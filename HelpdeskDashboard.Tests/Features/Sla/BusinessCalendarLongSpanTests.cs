using HelpdeskDashboard.Tests.Features.Sla.Support;

namespace HelpdeskDashboard.Tests.Features.Sla;

/// <summary>
/// Spans of years checked against an independent count of open days, with holidays listed for every year
/// (several fall on weekends) and, for the synthetic zone, DST changes on weekdays every year.
/// </summary>
public sealed class BusinessCalendarLongSpanTests
{
    private static readonly string[] FixedHolidays = ["01-01", "05-01", "10-03", "12-24", "12-25", "12-26"];

    public static TheoryData<string, string, string, int> Spans => new()
    {
        { "1 year, whole weekdays, Berlin", Calendars.WholeWeekdays, "Europe/Berlin", 1 },
        { "5 years, whole weekdays, Berlin", Calendars.WholeWeekdays, "Europe/Berlin", 5 },
        { "30 years, whole weekdays, Berlin", Calendars.WholeWeekdays, "Europe/Berlin", 30 },
        { "30 years, office hours, Berlin", Calendars.OfficeHours, "Europe/Berlin", 30 },
        { "1 year, whole weekdays, DST on weekdays", Calendars.WholeWeekdays, "Test/GapAt0200", 1 },
        { "5 years, whole weekdays, DST on weekdays", Calendars.WholeWeekdays, "Test/GapAt0200", 5 },
        { "30 years, whole weekdays, DST on weekdays", Calendars.WholeWeekdays, "Test/GapAt0200", 30 },
        { "30 years, office hours, DST on weekdays", Calendars.OfficeHours, "Test/GapAt0200", 30 },
    };

    [Theory]
    [MemberData(nameof(Spans))]
    public void Business_time_over_years_matches_the_count_of_open_days(string label, string hours, string zoneId, int years)
    {
        var span = LongSpan.Create(hours, zoneId, years);
        var calendar = Calendars.Create(hours, zoneId, span.Holidays);

        var actual = calendar.BusinessTimeBetween(span.From, span.To);

        Assert.True(span.ExpectedBusinessTime == actual, $"{label}: expected {span.ExpectedBusinessTime}, got {actual}");
    }

    [Theory]
    [MemberData(nameof(Spans))]
    public void Adding_years_of_business_time_ends_at_the_close_of_the_last_open_day(string label, string hours, string zoneId, int years)
    {
        var span = LongSpan.Create(hours, zoneId, years);
        var calendar = Calendars.Create(hours, zoneId, span.Holidays);

        var actual = calendar.AddBusinessTime(span.From, span.ExpectedBusinessTime);

        Assert.True(span.LastClose == actual, $"{label}: expected {span.LastClose:O}, got {actual:O}");
    }

    [Theory]
    [MemberData(nameof(Spans))]
    public void Subtracting_years_of_business_time_lands_on_the_opening_of_the_first_open_day(string label, string hours, string zoneId, int years)
    {
        var span = LongSpan.Create(hours, zoneId, years);
        var calendar = Calendars.Create(hours, zoneId, span.Holidays);

        var actual = calendar.AddBusinessTime(span.To, -span.ExpectedBusinessTime);

        Assert.True(span.FirstOpening == actual, $"{label}: expected {span.FirstOpening:O}, got {actual:O}");
    }

    private sealed record LongSpan(
        DateTimeOffset From, DateTimeOffset To, string Holidays, TimeSpan ExpectedBusinessTime,
        DateTimeOffset FirstOpening, DateTimeOffset LastClose)
    {
        public static LongSpan Create(string hours, string zoneId, int years)
        {
            var zone = TestZones.ById[zoneId];
            var officeHours = hours == Calendars.OfficeHours;
            var first = new DateOnly(2026, 1, 1);
            var end = first.AddYears(years);
            var holidays = Enumerable.Range(2020, 45)
                .SelectMany(year => FixedHolidays.Select(day => DateOnly.Parse($"{year}-{day}", System.Globalization.CultureInfo.InvariantCulture)))
                .ToHashSet();

            var openDays = new List<DateOnly>();
            for (var day = first; day < end; day = day.AddDays(1))
            {
                if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day))
                {
                    openDays.Add(day);
                }
            }

            var total = openDays.Aggregate(TimeSpan.Zero, (sum, day) => sum + (officeHours ? TimeSpan.FromHours(8) : LengthOfDay(zoneId, day)));
            var openingTime = officeHours ? new TimeOnly(9, 0) : TimeOnly.MinValue;
            var closeOfLast = officeHours ? openDays[^1].ToDateTime(new TimeOnly(17, 0)) : openDays[^1].AddDays(1).ToDateTime(TimeOnly.MinValue);

            return new LongSpan(
                From: Local(zone, first.ToDateTime(TimeOnly.MinValue)),
                To: Local(zone, end.ToDateTime(TimeOnly.MinValue)),
                Holidays: string.Join(",", holidays.Select(day => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))),
                ExpectedBusinessTime: total,
                FirstOpening: Local(zone, openDays[0].ToDateTime(openingTime)),
                LastClose: Local(zone, closeOfLast));
        }

        // Midnights and 09:00/17:00 are never near a transition in these zones, so the offset is unambiguous.
        private static DateTimeOffset Local(TimeZoneInfo zone, DateTime local) => new(local, zone.GetUtcOffset(local));

        private static TimeSpan LengthOfDay(string zoneId, DateOnly day)
        {
            var (spring, fall) = zoneId == "Europe/Berlin"
                ? (LastSunday(day.Year, 3), LastSunday(day.Year, 10))
                : (new DateOnly(day.Year, 3, 18), new DateOnly(day.Year, 10, 14));
            return TimeSpan.FromHours(day == spring ? 23 : day == fall ? 25 : 24);
        }

        private static DateOnly LastSunday(int year, int month)
        {
            var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            return last.AddDays(-(int)last.DayOfWeek);
        }
    }
}
