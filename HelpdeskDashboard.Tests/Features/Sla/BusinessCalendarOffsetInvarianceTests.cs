using HelpdeskDashboard.Tests.Features.Sla.Support;

using static HelpdeskDashboard.Tests.Features.Sla.Support.Instants;

namespace HelpdeskDashboard.Tests.Features.Sla;

/// <summary>Inputs are instants: the offset they are written in must not change any answer.</summary>
public sealed class BusinessCalendarOffsetInvarianceTests
{
    public static TheoryData<string, string, string> OffsetPairs => new()
    {
        { "company offset", "+02:00", "+02:00" },
        { "UTC", "+00:00", "+00:00" },
        { "India", "+05:30", "+05:30" },
        { "US Pacific", "-08:00", "-08:00" },
        { "UTC to India", "+00:00", "+05:30" },
        { "US Pacific to India", "-08:00", "+05:30" },
        { "extremes", "+14:00", "-12:00" },
    };

    [Theory]
    [MemberData(nameof(OffsetPairs))]
    public void Business_time_between_ignores_the_offsets_of_its_inputs(string label, string fromOffset, string toOffset)
    {
        var calendar = Calendars.Create(Calendars.OfficeHours);
        var from = At("2026-06-12T16:00+02:00").ToOffset(Offset(fromOffset));
        var to = At("2026-06-15T10:00+02:00").ToOffset(Offset(toOffset));

        Assert.True(Hours(2) == calendar.BusinessTimeBetween(from, to), label);
        Assert.True(-Hours(2) == calendar.BusinessTimeBetween(to, from), label);
    }

    public static TheoryData<string, string> Offsets => new()
    {
        { "company offset", "+02:00" },
        { "UTC", "+00:00" },
        { "India", "+05:30" },
        { "US Pacific", "-08:00" },
        { "Line Islands", "+14:00" },
        { "Baker Island", "-12:00" },
    };

    [Theory]
    [MemberData(nameof(Offsets))]
    public void Adding_business_time_ignores_the_offset_of_the_start(string label, string startOffset)
    {
        var calendar = Calendars.Create(Calendars.OfficeHours);
        var friday = At("2026-06-12T16:00+02:00").ToOffset(Offset(startOffset));
        var monday = At("2026-06-15T10:00+02:00").ToOffset(Offset(startOffset));

        Assert.True(At("2026-06-15T10:00+02:00") == calendar.AddBusinessTime(friday, Hours(2)), label);
        Assert.True(At("2026-06-12T16:00+02:00") == calendar.AddBusinessTime(monday, -Hours(2)), label);
        Assert.True(At("2026-06-12T17:00+02:00") == calendar.AddBusinessTime(friday, Hours(1)), label);
    }

    [Theory]
    [MemberData(nameof(Offsets))]
    public void Instants_whose_utc_date_differs_from_the_company_date_are_read_in_the_company_zone(string label, string offset)
    {
        var calendar = Calendars.Default();

        // Saturday 00:30 in Berlin is still Friday in UTC and in US Pacific time.
        var saturdayJustAfterMidnight = At("2026-06-13T00:30+02:00").ToOffset(Offset(offset));

        Assert.False(calendar.IsOpen(saturdayJustAfterMidnight), label);
        Assert.True(At("2026-06-15T00:00+02:00") == calendar.NextOpening(saturdayJustAfterMidnight), label);
        Assert.True(At("2026-06-15T01:00+02:00") == calendar.AddBusinessTime(saturdayJustAfterMidnight, Hours(1)), label);
    }

    public static TheoryData<string, DateTimeOffset, DateTimeOffset> Pairs => new()
    {
        { "inside a day", At("2026-06-09T10:00Z"), At("2026-06-09T13:17:42.1234567-08:00") },
        { "over a weekend", At("2026-06-12T18:00+05:30"), At("2026-06-15T09:00-08:00") },
        { "over a DST change", At("2026-03-27T12:00Z"), At("2026-03-31T12:00+02:00") },
        { "closed to closed", At("2026-06-13T10:00Z"), At("2026-06-14T10:00Z") },
        { "a year", At("2026-01-01T00:00Z"), At("2027-01-01T00:00Z") },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Business_time_between_is_antisymmetric_to_the_tick(string label, DateTimeOffset a, DateTimeOffset b)
    {
        foreach (var calendar in new[] { Calendars.Default(), Calendars.Create(Calendars.SplitOfficeHours) })
        {
            Assert.True(calendar.BusinessTimeBetween(a, b) == -calendar.BusinessTimeBetween(b, a), label);
        }
    }

    private static TimeSpan Offset(string offset) => At("2026-01-01T00:00" + offset).Offset;
}
