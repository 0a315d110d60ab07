using HelpdeskDashboard.Tests.Features.Sla.Support;

using static HelpdeskDashboard.Tests.Features.Sla.Support.Instants;

namespace HelpdeskDashboard.Tests.Features.Sla;

/// <summary>Partial days, several ranges per day, touching ranges and 24:00 ends; Europe/Berlin, June 2026 (+02:00).</summary>
public sealed class BusinessCalendarOpeningHoursTests
{
    private const string EveningIntoNight = "Mon=20:00-24:00; Tue=00:00-02:00";
    private const string TouchingRanges = "Mon-Fri=09:00-12:00,12:00-17:00";
    private const string SaturdayMornings = "Sat=10:00-14:00";

    public static TheoryData<string, string, DateTimeOffset, TimeSpan, DateTimeOffset> Additions => new()
    {
        { "09-17: before opening starts at 09:00", Calendars.OfficeHours, At("2026-06-08T08:00+02:00"), Hours(1), At("2026-06-08T10:00+02:00") },
        { "09-17: last hour ends at 17:00, not next 09:00", Calendars.OfficeHours, At("2026-06-08T16:00+02:00"), Hours(1), At("2026-06-08T17:00+02:00") },
        { "09-17: a minute more resumes next morning", Calendars.OfficeHours, At("2026-06-08T16:00+02:00"), Hours(1) + Minutes(1), At("2026-06-09T09:01+02:00") },
        { "09-17: zero after closing returns the start", Calendars.OfficeHours, At("2026-06-08T17:00+02:00"), TimeSpan.Zero, At("2026-06-08T17:00+02:00") },
        { "09-17: friday afternoon into monday", Calendars.OfficeHours, At("2026-06-12T16:00+02:00"), Hours(2), At("2026-06-15T10:00+02:00") },
        { "09-17: friday evening start uses monday's day", Calendars.OfficeHours, At("2026-06-12T18:00+02:00"), Hours(8), At("2026-06-15T17:00+02:00") },
        { "09-17: saturday start", Calendars.OfficeHours, At("2026-06-13T11:00+02:00"), Hours(1), At("2026-06-15T10:00+02:00") },
        { "09-17: a working week", Calendars.OfficeHours, At("2026-06-08T09:00+02:00"), Hours(40), At("2026-06-12T17:00+02:00") },
        { "09-17: back to the morning's start, not yesterday's end", Calendars.OfficeHours, At("2026-06-09T12:00+02:00"), -Hours(3), At("2026-06-09T09:00+02:00") },
        { "09-17: back past the morning", Calendars.OfficeHours, At("2026-06-09T12:00+02:00"), -Hours(4), At("2026-06-08T16:00+02:00") },
        { "09-17: back from monday evening over the weekend", Calendars.OfficeHours, At("2026-06-15T20:00+02:00"), -Hours(9), At("2026-06-12T16:00+02:00") },
        { "split: morning's last hour ends at 12:00", Calendars.SplitOfficeHours, At("2026-06-08T11:00+02:00"), Hours(1), At("2026-06-08T12:00+02:00") },
        { "split: a minute more continues after lunch", Calendars.SplitOfficeHours, At("2026-06-08T11:00+02:00"), Hours(1) + Minutes(1), At("2026-06-08T13:01+02:00") },
        { "split: start during lunch", Calendars.SplitOfficeHours, At("2026-06-08T12:30+02:00"), Minutes(30), At("2026-06-08T13:30+02:00") },
        { "split: zero during lunch returns the start", Calendars.SplitOfficeHours, At("2026-06-08T12:30+02:00"), TimeSpan.Zero, At("2026-06-08T12:30+02:00") },
        { "split: back over lunch", Calendars.SplitOfficeHours, At("2026-06-08T14:00+02:00"), -Hours(2), At("2026-06-08T11:00+02:00") },
        { "split: back to the afternoon's start, not 12:00", Calendars.SplitOfficeHours, At("2026-06-08T14:00+02:00"), -Hours(1), At("2026-06-08T13:00+02:00") },
        { "split: back to the morning's start", Calendars.SplitOfficeHours, At("2026-06-08T13:00+02:00"), -Hours(4), At("2026-06-08T08:00+02:00") },
        { "split: friday afternoon into monday", Calendars.SplitOfficeHours, At("2026-06-12T16:00+02:00"), Hours(2), At("2026-06-15T09:00+02:00") },
        { "split: a full day", Calendars.SplitOfficeHours, At("2026-06-08T08:00+02:00"), Hours(8), At("2026-06-08T17:00+02:00") },
        { "touching: runs through the seam", TouchingRanges, At("2026-06-08T11:00+02:00"), Hours(2), At("2026-06-08T13:00+02:00") },
        { "touching: ending exactly at the seam", TouchingRanges, At("2026-06-08T11:00+02:00"), Hours(1), At("2026-06-08T12:00+02:00") },
        { "touching: back through the seam", TouchingRanges, At("2026-06-08T13:00+02:00"), -Hours(2), At("2026-06-08T11:00+02:00") },
        { "24:00: evening runs into the night", EveningIntoNight, At("2026-06-08T23:00+02:00"), Hours(2), At("2026-06-09T01:00+02:00") },
        { "24:00: using up monday ends at its 24:00", EveningIntoNight, At("2026-06-08T20:00+02:00"), Hours(4), At("2026-06-09T00:00+02:00") },
        { "24:00: back over midnight to monday 20:00", EveningIntoNight, At("2026-06-09T02:00+02:00"), -Hours(6), At("2026-06-08T20:00+02:00") },
        { "24:00: next week once used up", EveningIntoNight, At("2026-06-08T20:00+02:00"), Hours(7), At("2026-06-15T21:00+02:00") },
        { "saturday only: from monday", SaturdayMornings, At("2026-06-08T09:00+02:00"), Hours(1), At("2026-06-13T11:00+02:00") },
        { "saturday only: a week of it", SaturdayMornings, At("2026-06-13T10:00+02:00"), Hours(8), At("2026-06-20T14:00+02:00") },
    };

    [Theory]
    [MemberData(nameof(Additions))]
    public void Adding_business_time_follows_the_opening_hours(
        string label, string hours, DateTimeOffset start, TimeSpan amount, DateTimeOffset expected)
    {
        var actual = Calendars.Create(hours).AddBusinessTime(start, amount);

        Assert.True(expected == actual, $"{label}: expected {expected:O}, got {actual:O}");
    }

    public static TheoryData<string, string, DateTimeOffset, DateTimeOffset, TimeSpan> Spans => new()
    {
        { "09-17: a whole day", Calendars.OfficeHours, At("2026-06-08T00:00+02:00"), At("2026-06-09T00:00+02:00"), Hours(8) },
        { "09-17: before opening to after closing", Calendars.OfficeHours, At("2026-06-08T08:00+02:00"), At("2026-06-08T18:00+02:00"), Hours(8) },
        { "09-17: night counts nothing", Calendars.OfficeHours, At("2026-06-08T17:00+02:00"), At("2026-06-09T09:00+02:00"), TimeSpan.Zero },
        { "09-17: friday noon to monday noon", Calendars.OfficeHours, At("2026-06-12T12:00+02:00"), At("2026-06-15T12:00+02:00"), Hours(8) },
        { "09-17: a week", Calendars.OfficeHours, At("2026-06-08T00:00+02:00"), At("2026-06-15T00:00+02:00"), Hours(40) },
        { "split: a whole day", Calendars.SplitOfficeHours, At("2026-06-08T00:00+02:00"), At("2026-06-09T00:00+02:00"), Hours(8) },
        { "split: over lunch", Calendars.SplitOfficeHours, At("2026-06-08T11:30+02:00"), At("2026-06-08T13:30+02:00"), Hours(1) },
        { "split: lunch only", Calendars.SplitOfficeHours, At("2026-06-08T12:00+02:00"), At("2026-06-08T13:00+02:00"), TimeSpan.Zero },
        { "touching: a whole day", TouchingRanges, At("2026-06-08T00:00+02:00"), At("2026-06-09T00:00+02:00"), Hours(8) },
        { "24:00: monday evening to tuesday night", EveningIntoNight, At("2026-06-08T22:00+02:00"), At("2026-06-09T01:00+02:00"), Hours(3) },
        { "24:00: a week", EveningIntoNight, At("2026-06-08T00:00+02:00"), At("2026-06-15T00:00+02:00"), Hours(6) },
        { "saturday only: a week", SaturdayMornings, At("2026-06-08T00:00+02:00"), At("2026-06-15T00:00+02:00"), Hours(4) },
        { "closed days listed empty", "Mon=; Tue=10:00-11:00", At("2026-06-08T00:00+02:00"), At("2026-06-10T00:00+02:00"), Hours(1) },
    };

    [Theory]
    [MemberData(nameof(Spans))]
    public void Business_time_between_counts_only_the_opening_hours(
        string label, string hours, DateTimeOffset from, DateTimeOffset to, TimeSpan expected)
    {
        var calendar = Calendars.Create(hours);

        Assert.True(expected == calendar.BusinessTimeBetween(from, to), $"{label}: got {calendar.BusinessTimeBetween(from, to)}");
        Assert.True(-expected == calendar.BusinessTimeBetween(to, from), $"{label} backwards");
    }

    [Fact]
    public void Ranges_listed_out_of_order_mean_the_same_hours()
    {
        var calendar = Calendars.Create("Mon-Fri=13:00-17:00,08:00-12:00");

        Assert.Equal(Hours(8), calendar.BusinessTimeBetween(At("2026-06-08T00:00+02:00"), At("2026-06-09T00:00+02:00")));
        Assert.Equal(At("2026-06-08T13:01+02:00"), calendar.AddBusinessTime(At("2026-06-08T11:00+02:00"), Hours(1) + Minutes(1)));
    }

    [Fact]
    public void Touching_ranges_are_open_at_the_seam()
    {
        var calendar = Calendars.Create(TouchingRanges);

        Assert.True(calendar.IsOpen(At("2026-06-08T12:00+02:00")));
        Assert.True(calendar.IsOpen(At("2026-06-08T11:59:59.9999999+02:00")));
    }
}
