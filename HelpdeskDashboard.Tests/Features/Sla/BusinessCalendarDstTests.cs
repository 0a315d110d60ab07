using HelpdeskDashboard.Tests.Features.Sla.Support;

using static HelpdeskDashboard.Tests.Features.Sla.Support.Instants;

namespace HelpdeskDashboard.Tests.Features.Sla;

/// <summary>
/// Business time is real elapsed time; local bounds resolve leniently (gap: offset before the transition,
/// overlap: earlier instant); periods that resolve empty are dropped; overlapping periods count once.
/// Zones and their 2026 transitions are described in <see cref="TestZones"/>.
/// </summary>
public sealed class BusinessCalendarDstTests
{
    private const string Gap = "Test/GapAt0200";
    private const string Midnight = "Test/GapAtMidnight";
    private const string HalfHour = "Test/HalfHourGap";
    private const string Berlin = "Europe/Berlin";

    public static TheoryData<string, string, string, DateTimeOffset, DateTimeOffset, TimeSpan> Spans => new()
    {
        // Gap 02:00 -> 03:00 on Wed 2026-03-18 (+01:00 -> +02:00); 02:00–03:00 twice on Wed 2026-10-14.
        { "spring-forward weekday lasts 23 h", Calendars.WholeWeekdays, Gap, At("2026-03-18T00:00+01:00"), At("2026-03-19T00:00+02:00"), Hours(23) },
        { "fall-back weekday lasts 25 h", Calendars.WholeWeekdays, Gap, At("2026-10-14T00:00+02:00"), At("2026-10-15T00:00+01:00"), Hours(25) },
        { "spring-forward week lasts 119 h", Calendars.WholeWeekdays, Gap, At("2026-03-16T00:00+01:00"), At("2026-03-21T00:00+02:00"), Hours(119) },
        { "fall-back week lasts 121 h", Calendars.WholeWeekdays, Gap, At("2026-10-12T00:00+02:00"), At("2026-10-17T00:00+01:00"), Hours(121) },
        { "office hours on the spring-forward day are 8 h", Calendars.OfficeHours, Gap, At("2026-03-18T00:00+01:00"), At("2026-03-19T00:00+02:00"), Hours(8) },
        { "range starting in the gap starts 01:30Z, lasts 30 min", "Wed=02:30-04:00", Gap, At("2026-03-18T00:00Z"), At("2026-03-19T00:00Z"), Minutes(30) },
        { "range starting in the gap, part of it", "Wed=02:30-04:00", Gap, At("2026-03-18T01:45Z"), At("2026-03-18T03:00Z"), Minutes(15) },
        { "range inside the gap is dropped", "Wed=02:30-03:00", Gap, At("2026-03-18T00:00Z"), At("2026-03-19T00:00Z"), TimeSpan.Zero },
        { "range that is exactly the gap is dropped", "Wed=02:00-03:00", Gap, At("2026-03-18T00:00Z"), At("2026-03-19T00:00Z"), TimeSpan.Zero },
        { "range ending in the gap lasts 90 min", "Wed=01:00-02:30", Gap, At("2026-03-18T00:00Z"), At("2026-03-19T00:00Z"), Minutes(90) },
        { "ranges overlapping after resolution count once", "Wed=01:00-02:30,03:00-05:00", Gap, At("2026-03-18T00:00Z"), At("2026-03-19T00:00Z"), Hours(3) },
        { "ambiguous start takes the earlier instant", "Wed=02:30-03:30", Gap, At("2026-10-14T00:00Z"), At("2026-10-15T00:00Z"), Hours(2) },
        { "ambiguous range counts its first occurrence only", "Wed=02:00-02:30", Gap, At("2026-10-14T00:00Z"), At("2026-10-15T00:00Z"), Minutes(30) },
        { "range ending at an ambiguous time", "Wed=01:00-02:30", Gap, At("2026-10-13T00:00Z"), At("2026-10-15T00:00Z"), Minutes(90) },
        { "range from ambiguous time to the end of the overlap", "Wed=02:30-03:00", Gap, At("2026-10-14T00:00Z"), At("2026-10-15T00:00Z"), Minutes(90) },
        { "ranges around the repeated hour skip its second pass", "Wed=00:00-02:00,03:00-24:00", Gap, At("2026-10-13T00:00Z"), At("2026-10-15T00:00Z"), Hours(23) },

        // Midnight gap: Fri 2026-03-20 00:00 -> 01:00 (-03:00 -> -02:00); Thu 2026-10-15 23:00–24:00 twice.
        { "thursday whose 24:00 is in the gap lasts 24 h", Calendars.WholeWeekdays, Midnight, At("2026-03-19T00:00-03:00"), At("2026-03-20T03:00Z"), Hours(24) },
        { "friday starting in the gap lasts 23 h", Calendars.WholeWeekdays, Midnight, At("2026-03-20T03:00Z"), At("2026-03-21T00:00-02:00"), Hours(23) },
        { "midnight spring-forward week lasts 119 h", Calendars.WholeWeekdays, Midnight, At("2026-03-16T00:00-03:00"), At("2026-03-21T00:00-02:00"), Hours(119) },
        { "thursday before the midnight overlap lasts 25 h", Calendars.WholeWeekdays, Midnight, At("2026-10-15T00:00-02:00"), At("2026-10-16T00:00-03:00"), Hours(25) },
        { "friday after the midnight overlap lasts 24 h", Calendars.WholeWeekdays, Midnight, At("2026-10-16T00:00-03:00"), At("2026-10-17T00:00-03:00"), Hours(24) },
        { "24:00 in the gap ends 2 h after 22:00", "Thu=22:00-24:00", Midnight, At("2026-03-19T00:00Z"), At("2026-03-21T00:00Z"), Hours(2) },
        { "00:00 in the gap leaves 1 h until 02:00", "Fri=00:00-02:00", Midnight, At("2026-03-19T00:00Z"), At("2026-03-21T00:00Z"), Hours(1) },
        { "evening ending at 24:00 in the overlap includes the repeated half hour", "Thu=23:30-24:00", Midnight, At("2026-10-15T00:00Z"), At("2026-10-17T00:00Z"), Minutes(90) },

        // 30-minute gap: Tue 2026-03-10 02:00 -> 02:30 (+10:30 -> +11:00); 01:30–02:00 twice on Tue 2026-10-06.
        { "day with a 30-minute gap lasts 23.5 h", Calendars.WholeWeekdays, HalfHour, At("2026-03-10T00:00+10:30"), At("2026-03-11T00:00+11:00"), Hours(23.5) },
        { "day with a 30-minute overlap lasts 24.5 h", Calendars.WholeWeekdays, HalfHour, At("2026-10-06T00:00+11:00"), At("2026-10-07T00:00+10:30"), Hours(24.5) },
        { "range from a 30-minute gap lasts 15 min", "Tue=02:15-03:00", HalfHour, At("2026-03-09T00:00Z"), At("2026-03-11T00:00Z"), Minutes(15) },
        { "range that is exactly the 30-minute gap is dropped", "Tue=02:00-02:30", HalfHour, At("2026-03-09T00:00Z"), At("2026-03-11T00:00Z"), TimeSpan.Zero },
        { "range from the 30-minute overlap lasts 1 h", "Tue=01:45-02:15", HalfHour, At("2026-10-05T00:00Z"), At("2026-10-07T00:00Z"), Hours(1) },

        // Europe/Berlin: Sun 2026-03-29 and Sun 2026-10-25.
        { "Berlin 2026-03-29 lasts 23 h", Calendars.WholeWeek, Berlin, At("2026-03-29T00:00+01:00"), At("2026-03-30T00:00+02:00"), Hours(23) },
        { "Berlin 2026-10-25 lasts 25 h", Calendars.WholeWeek, Berlin, At("2026-10-25T00:00+02:00"), At("2026-10-26T00:00+01:00"), Hours(25) },
        { "Berlin DST week on the default calendar", Calendars.WholeWeekdays, Berlin, At("2026-03-23T00:00+01:00"), At("2026-03-30T00:00+02:00"), Hours(120) },
        { "Berlin range starting in the gap", "Sun=02:30-04:00", Berlin, At("2026-03-29T00:00Z"), At("2026-03-30T00:00Z"), Minutes(30) },
        { "Berlin range starting at an ambiguous time", "Sun=02:30-03:30", Berlin, At("2026-10-25T00:00Z"), At("2026-10-26T00:00Z"), Hours(2) },
    };

    [Theory]
    [MemberData(nameof(Spans))]
    public void Business_time_between_is_real_elapsed_time_across_transitions(
        string label, string hours, string zoneId, DateTimeOffset from, DateTimeOffset to, TimeSpan expected)
    {
        var calendar = Calendars.Create(hours, zoneId);

        var forwards = calendar.BusinessTimeBetween(from, to);
        var backwards = calendar.BusinessTimeBetween(to, from);

        Assert.True(expected == forwards, $"{label}: expected {expected}, got {forwards}");
        Assert.True(-expected == backwards, $"{label} backwards: expected {-expected}, got {backwards}");
    }

    public static TheoryData<string, string, string, DateTimeOffset, TimeSpan, DateTimeOffset> Additions => new()
    {
        { "a spring-forward day is used up after 23 h", Calendars.WholeWeekdays, Gap, At("2026-03-18T00:00+01:00"), Hours(23), At("2026-03-19T00:00+02:00") },
        { "a fall-back day is used up after 25 h", Calendars.WholeWeekdays, Gap, At("2026-10-14T00:00+02:00"), Hours(25), At("2026-10-15T00:00+01:00") },
        { "24 h from a spring-forward day ends 01:00 next day", Calendars.WholeWeekdays, Gap, At("2026-03-18T00:00+01:00"), Hours(24), At("2026-03-19T01:00+02:00") },
        { "24 h from a fall-back day ends 23:00 the same day", Calendars.WholeWeekdays, Gap, At("2026-10-14T00:00+02:00"), Hours(24), At("2026-10-14T23:00+01:00") },
        { "an hour across the gap", Calendars.WholeWeekdays, Gap, At("2026-03-18T01:30+01:00"), Hours(1), At("2026-03-18T03:30+02:00") },
        { "an hour into the repeated hour", Calendars.WholeWeekdays, Gap, At("2026-10-14T01:30+02:00"), Hours(1), At("2026-10-14T02:30+02:00") },
        { "two hours across the repeated hour", Calendars.WholeWeekdays, Gap, At("2026-10-14T01:30+02:00"), Hours(2), At("2026-10-14T02:30+01:00") },
        { "range starting in the gap begins at 01:30Z", "Wed=02:30-04:00", Gap, At("2026-03-18T00:00Z"), Minutes(10), At("2026-03-18T01:40Z") },
        { "range starting in the gap is used up at 02:00Z", "Wed=02:30-04:00", Gap, At("2026-03-18T00:00Z"), Minutes(30), At("2026-03-18T02:00Z") },
        { "back into a range starting in the gap", "Wed=02:30-04:00", Gap, At("2026-03-18T12:00Z"), -Minutes(30), At("2026-03-18T01:30Z") },
        { "dropped range is skipped", "Wed=02:30-03:00; Thu=09:00-10:00", Gap, At("2026-03-18T00:00Z"), Minutes(1), At("2026-03-19T09:01+02:00") },
        { "ranges overlapping after resolution are used up after 3 h", "Wed=01:00-02:30,03:00-05:00", Gap, At("2026-03-18T00:00Z"), Hours(3), At("2026-03-18T03:00Z") },
        { "ambiguous range is used up in its first occurrence", "Wed=02:00-02:30", Gap, At("2026-10-14T00:00Z"), Minutes(30), At("2026-10-14T00:30Z") },
        { "using up thursday ends at its 24:00, which is in the gap", Calendars.WholeWeekdays, Midnight, At("2026-03-19T00:00-03:00"), Hours(24), At("2026-03-20T03:00Z") },
        { "from thursday noon to its 24:00 in the gap", Calendars.WholeWeekdays, Midnight, At("2026-03-19T12:00-03:00"), Hours(12), At("2026-03-20T03:00Z") },
        { "a tick past thursday continues friday", Calendars.WholeWeekdays, Midnight, At("2026-03-19T12:00-03:00"), Hours(12) + TimeSpan.FromTicks(1), At("2026-03-20T03:00Z") + TimeSpan.FromTicks(1) },
        { "back a whole short friday lands on its start in the gap", Calendars.WholeWeekdays, Midnight, At("2026-03-21T00:00-02:00"), -Hours(23), At("2026-03-20T03:00Z") },
        { "using up the 25 h thursday ends at friday 00:00", Calendars.WholeWeekdays, Midnight, At("2026-10-15T00:00-02:00"), Hours(25), At("2026-10-16T00:00-03:00") },
        { "evening and night across the gap run together", "Thu=22:00-24:00; Fri=00:00-02:00", Midnight, At("2026-03-20T01:00Z"), Hours(2.5), At("2026-03-20T03:30Z") },
        { "evening and night across the gap are used up at 04:00Z", "Thu=22:00-24:00; Fri=00:00-02:00", Midnight, At("2026-03-20T01:00Z"), Hours(3), At("2026-03-20T04:00Z") },
        { "evening and night across the gap, then next week", "Thu=22:00-24:00; Fri=00:00-02:00", Midnight, At("2026-03-20T01:00Z"), Hours(3) + Minutes(1), At("2026-03-26T22:01-02:00") },
        { "a day with a 30-minute gap is used up after 23.5 h", Calendars.WholeWeekdays, HalfHour, At("2026-03-10T00:00+10:30"), Hours(23.5), At("2026-03-11T00:00+11:00") },
        { "a day with a 30-minute overlap is used up after 24.5 h", Calendars.WholeWeekdays, HalfHour, At("2026-10-06T00:00+11:00"), Hours(24.5), At("2026-10-07T00:00+10:30") },
        { "Berlin: across the closed spring-forward weekend", Calendars.WholeWeekdays, Berlin, At("2026-03-27T12:00+01:00"), Hours(24), At("2026-03-30T12:00+02:00") },
        { "Berlin: across the closed fall-back weekend", Calendars.WholeWeekdays, Berlin, At("2026-10-23T12:00+02:00"), Hours(24), At("2026-10-26T12:00+01:00") },
        { "Berlin: into the 23 h sunday", Calendars.WholeWeek, Berlin, At("2026-03-28T12:00+01:00"), Hours(24), At("2026-03-29T13:00+02:00") },
        { "Berlin: back over the 25 h sunday", Calendars.WholeWeek, Berlin, At("2026-10-26T00:00+01:00"), -Hours(24), At("2026-10-25T01:00+02:00") },
    };

    [Theory]
    [MemberData(nameof(Additions))]
    public void Adding_business_time_counts_real_elapsed_time_across_transitions(
        string label, string hours, string zoneId, DateTimeOffset start, TimeSpan amount, DateTimeOffset expected)
    {
        var actual = Calendars.Create(hours, zoneId).AddBusinessTime(start, amount);

        Assert.True(expected == actual, $"{label}: expected {expected:O}, got {actual:O}");
    }
}
