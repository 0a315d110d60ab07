using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Tests.Features.Sla.Support;

using static HelpdeskDashboard.Tests.Features.Sla.Support.Instants;

namespace HelpdeskDashboard.Tests.Features.Sla;

/// <summary>
/// Versions of the calendar: each counts from its effective instant until the next one's, the first also before its
/// own instant, and of two with the same instant the later in the list wins. A boundary cuts the periods that cross
/// it. Versions are written as in <see cref="VersionedCalendars"/>; June 2026 in Berlin has no transition
/// (Mon 8 to Fri 12 is the week most rows use), the DST rows use the zones described in <see cref="TestZones"/>.
/// </summary>
public sealed class BusinessCalendarVersionTests
{
    private const string Berlin = "Europe/Berlin";
    private const string Gap = "Test/GapAt0200";
    private const string Midnight = "Test/GapAtMidnight";

    private const string Office = Calendars.OfficeHours; // Mon-Fri 09:00-17:00
    private const string Long = "Mon-Fri=08:00-18:00";
    private const string Short = "Mon-Fri=10:00-16:00";
    private const string Whole = Calendars.WholeWeekdays;
    private const string WholeWeek = Calendars.WholeWeek;

    private const string Initial = "2026-01-01T00:00+01:00";
    private const string WednesdayNoon = "2026-06-10T12:00+02:00";

    private static readonly TimeSpan OneTick = TimeSpan.FromTicks(1);

    public static TheoryData<string, string, string, DateTimeOffset, DateTimeOffset, TimeSpan> Spans => new()
    {
        // Office hours, then 08:00-18:00.
        { "boundary inside an open period: 3 h old + 6 h new", Berlin, Two(Office, WednesdayNoon, Long), At("2026-06-10T00:00+02:00"), At("2026-06-11T00:00+02:00"), Hours(9) },
        { "boundary inside an open period, whole week", Berlin, Two(Office, WednesdayNoon, Long), At("2026-06-08T00:00+02:00"), At("2026-06-13T00:00+02:00"), Hours(8 + 8 + 9 + 10 + 10) },
        { "boundary inside a closed evening", Berlin, Two(Office, "2026-06-10T20:00+02:00", Long), At("2026-06-08T00:00+02:00"), At("2026-06-13T00:00+02:00"), Hours(8 + 8 + 8 + 10 + 10) },
        { "boundary inside a closed night: the new morning counts", Berlin, Two(Office, "2026-06-10T07:00+02:00", Long), At("2026-06-08T00:00+02:00"), At("2026-06-13T00:00+02:00"), Hours(8 + 8 + 10 + 10 + 10) },
        { "boundary where only the new version is open", Berlin, Two(Office, "2026-06-10T08:30+02:00", Long), At("2026-06-10T00:00+02:00"), At("2026-06-11T00:00+02:00"), Hours(9.5) },
        { "boundary where only the old version was open", Berlin, Two(Office, "2026-06-10T16:30+02:00", Short), At("2026-06-10T00:00+02:00"), At("2026-06-11T00:00+02:00"), Hours(7.5) },
        { "boundary at the start of an old period", Berlin, Two(Office, "2026-06-10T09:00+02:00", Short), At("2026-06-10T00:00+02:00"), At("2026-06-11T00:00+02:00"), Hours(6) },
        { "boundary at the start of a new period", Berlin, Two(Office, "2026-06-10T08:00+02:00", Long), At("2026-06-10T00:00+02:00"), At("2026-06-11T00:00+02:00"), Hours(10) },
        { "boundary at the end of an old period", Berlin, Two(Office, "2026-06-10T17:00+02:00", Long), At("2026-06-10T00:00+02:00"), At("2026-06-11T00:00+02:00"), Hours(9) },
        { "boundary on a weekend", Berlin, Two(Office, "2026-06-13T12:00+02:00", Long), At("2026-06-08T00:00+02:00"), At("2026-06-20T00:00+02:00"), Hours(40 + 50) },
        { "span ending at the boundary", Berlin, Two(Office, WednesdayNoon, Long), At("2026-06-10T00:00+02:00"), At(WednesdayNoon), Hours(3) },
        { "span starting at the boundary", Berlin, Two(Office, WednesdayNoon, Long), At(WednesdayNoon), At("2026-06-11T00:00+02:00"), Hours(6) },

        // Whole weekdays, then office hours from Wednesday's 24:00.
        { "boundary exactly at a 24:00 end", Berlin, Two(Whole, "2026-06-11T00:00+02:00", Office), At("2026-06-08T00:00+02:00"), At("2026-06-13T00:00+02:00"), Hours(72 + 16) },
        { "boundary exactly at a 24:00 end, around it", Berlin, Two(Whole, "2026-06-11T00:00+02:00", Office), At("2026-06-10T12:00+02:00"), At("2026-06-11T12:00+02:00"), Hours(12 + 3) },
        { "midnight zone: boundary at thursday's 24:00 in the gap", Midnight, Two(Whole, "2026-03-20T03:00Z", Office), At("2026-03-19T00:00-03:00"), At("2026-03-21T00:00-02:00"), Hours(24 + 8) },
        { "midnight zone: a tick later thursday's end is lost", Midnight, Two(Whole, "2026-03-20T02:59:59.9999999Z", Office), At("2026-03-19T00:00-03:00"), At("2026-03-21T00:00-02:00"), Hours(24 + 8) - OneTick },

        // Europe/Berlin, last week of March (Sun 29: 02:00 -> 03:00 at 01:00Z) and of October (Sun 25: 03:00 -> 02:00 at 01:00Z).
        { "Berlin spring: boundary before the gap", Berlin, Two(WholeWeek, "2026-03-29T01:30+01:00", Office), At("2026-03-28T00:00+01:00"), At("2026-03-31T00:00+02:00"), Hours(24 + 1.5 + 8) },
        { "Berlin spring: boundary at the gap", Berlin, Two(WholeWeek, "2026-03-29T03:00+02:00", Office), At("2026-03-28T00:00+01:00"), At("2026-03-31T00:00+02:00"), Hours(24 + 2 + 8) },
        { "Berlin spring: boundary after the gap", Berlin, Two(WholeWeek, "2026-03-29T03:30+02:00", Office), At("2026-03-28T00:00+01:00"), At("2026-03-31T00:00+02:00"), Hours(24 + 2.5 + 8) },
        { "Berlin spring: office week, then whole days from the gap", Berlin, Two(Office, "2026-03-29T01:00Z", WholeWeek), At("2026-03-23T00:00+01:00"), At("2026-03-31T00:00+02:00"), Hours(40 + 21 + 24) },
        { "Berlin fall: boundary in the first pass of 02:30", Berlin, Two(WholeWeek, "2026-10-25T02:30+02:00", Office), At("2026-10-24T00:00+02:00"), At("2026-10-27T00:00+01:00"), Hours(24 + 2.5 + 8) },
        { "Berlin fall: boundary in the second pass of 02:30", Berlin, Two(WholeWeek, "2026-10-25T02:30+01:00", Office), At("2026-10-24T00:00+02:00"), At("2026-10-27T00:00+01:00"), Hours(24 + 3.5 + 8) },
        { "Berlin fall: office week, then whole days from the second pass", Berlin, Two(Office, "2026-10-25T02:00+01:00", WholeWeek), At("2026-10-19T00:00+02:00"), At("2026-10-27T00:00+01:00"), Hours(40 + 22 + 24) },

        // Synthetic zone: Wed 2026-03-18 02:00 -> 03:00 at 01:00Z; Wed 2026-10-14 03:00 -> 02:00 at 01:00Z.
        { "gap zone: boundary just after the gap", Gap, Two(Whole, "2026-03-18T01:30Z", Office), At("2026-03-18T00:00+01:00"), At("2026-03-19T00:00+02:00"), Hours(2.5 + 8) },
        { "gap zone: spring-forward week", Gap, Two(Whole, "2026-03-18T01:30Z", Office), At("2026-03-16T00:00+01:00"), At("2026-03-21T00:00+02:00"), Hours(24 + 24 + 10.5 + 8 + 8) },
        { "gap zone: boundary in the second pass of 02:30", Gap, Two(Whole, "2026-10-14T01:30Z", Office), At("2026-10-14T00:00+02:00"), At("2026-10-15T00:00+01:00"), Hours(3.5 + 8) },
        { "gap zone: range cut inside its repeated hour", Gap, Two("Mon-Fri=01:00-04:00", "2026-10-14T01:30Z", Office), At("2026-10-14T00:00+02:00"), At("2026-10-15T00:00+01:00"), Hours(2.5 + 8) },
        { "gap zone: range starting in the gap, cut by the boundary", Gap, Two("Wed=02:30-04:00", "2026-03-18T01:45Z", "Thu=09:00-10:00"), At("2026-03-18T00:00Z"), At("2026-03-20T00:00Z"), Minutes(15 + 60) },

        // Holidays and closures on the day of the boundary, or added and dropped by the new version.
        { "holiday in the old version: nothing before the boundary", Berlin, Two(Office + " | 2026-06-10", WednesdayNoon, Long), At("2026-06-10T00:00+02:00"), At("2026-06-11T00:00+02:00"), Hours(6) },
        { "holiday in the new version: nothing after the boundary", Berlin, Two(Office, WednesdayNoon, Long + " | 2026-06-10"), At("2026-06-10T00:00+02:00"), At("2026-06-11T00:00+02:00"), Hours(3) },
        { "part-day closure in the new version on the boundary day", Berlin, Two(Office, WednesdayNoon, Long + " | 2026-06-10 13:00-24:00"), At("2026-06-10T00:00+02:00"), At("2026-06-11T00:00+02:00"), Hours(3 + 1) },
        { "holiday added by the new version", Berlin, Two(Office, "2026-06-08T00:00+02:00", Office + " | 2026-06-11"), At("2026-06-08T00:00+02:00"), At("2026-06-13T00:00+02:00"), Hours(32) },
        { "holiday dropped by the new version counts again", Berlin, Two(Office + " | 2026-06-11", "2026-06-09T12:00+02:00", Office), At("2026-06-08T00:00+02:00"), At("2026-06-13T00:00+02:00"), Hours(40) },
        { "holiday the new version lists before its instant changes nothing", Berlin, Two(Office, WednesdayNoon, Office + " | 2026-06-08"), At("2026-06-08T00:00+02:00"), At("2026-06-13T00:00+02:00"), Hours(40) },
        { "Berlin spring: holiday on the gap sunday in the new version", Berlin, Two(WholeWeek, "2026-03-29T03:30+02:00", WholeWeek + " | 2026-03-29"), At("2026-03-28T00:00+01:00"), At("2026-03-30T00:00+02:00"), Hours(24 + 2.5) },

        // Three versions: office hours, 08:00-18:00 from Wednesday noon, whole days from Friday.
        { "three versions in force", Berlin, Three, At("2026-06-08T00:00+02:00"), At("2026-06-13T00:00+02:00"), Hours(8 + 8 + 9 + 10 + 24) },
        { "three versions listed out of order", Berlin, ThreeOutOfOrder, At("2026-06-08T00:00+02:00"), At("2026-06-13T00:00+02:00"), Hours(8 + 8 + 9 + 10 + 24) },

        // Same instant: the later in the list wins.
        { "same instant: the later in the list wins", Berlin, Join(Version(Initial, Office), Version(WednesdayNoon, Long), Version(WednesdayNoon, Short)), At("2026-06-10T00:00+02:00"), At("2026-06-11T00:00+02:00"), Hours(3 + 4) },
        { "same instant, other order", Berlin, Join(Version(Initial, Office), Version(WednesdayNoon, Short), Version(WednesdayNoon, Long)), At("2026-06-10T00:00+02:00"), At("2026-06-11T00:00+02:00"), Hours(3 + 6) },
        { "same instant as the first: the winner also governs before it", Berlin, Join(Version(WednesdayNoon, Office), Version(WednesdayNoon, Long)), At("2026-06-08T00:00+02:00"), At("2026-06-10T00:00+02:00"), Hours(20) },
        { "first version governs the time before its instant", Berlin, Join(Version("2026-06-09T00:00+02:00", Short), Version("2026-06-10T00:00+02:00", Office)), At("2026-06-08T00:00+02:00"), At("2026-06-10T00:00+02:00"), Hours(12) },
    };

    [Theory]
    [MemberData(nameof(Spans))]
    public void Business_time_between_counts_each_version_over_its_own_stretch(
        string label, string zoneId, string versions, DateTimeOffset from, DateTimeOffset to, TimeSpan expected)
    {
        var calendar = VersionedCalendars.Create(versions, zoneId);

        var forwards = calendar.BusinessTimeBetween(from, to);
        var backwards = calendar.BusinessTimeBetween(to, from);

        Assert.True(expected == forwards, $"{label}: expected {expected}, got {forwards}");
        Assert.True(-expected == backwards, $"{label} backwards: expected {-expected}, got {backwards}");
    }

    public static TheoryData<string, string, string, DateTimeOffset, TimeSpan, DateTimeOffset> Additions => new()
    {
        { "across a boundary inside an open period", Berlin, Two(Office, WednesdayNoon, Long), At("2026-06-10T09:00+02:00"), Hours(5), At("2026-06-10T14:00+02:00") },
        { "using up the new longer day ends at 18:00", Berlin, Two(Office, WednesdayNoon, Long), At("2026-06-09T09:00+02:00"), Hours(17), At("2026-06-10T18:00+02:00") },
        { "a minute more continues on the new morning", Berlin, Two(Office, WednesdayNoon, Long), At("2026-06-09T09:00+02:00"), Hours(17) + Minutes(1), At("2026-06-11T08:01+02:00") },
        { "starting at the boundary", Berlin, Two(Office, WednesdayNoon, Long), At(WednesdayNoon), Hours(6), At("2026-06-10T18:00+02:00") },
        { "reaching the boundary exactly", Berlin, Two(Office, WednesdayNoon, Long), At("2026-06-10T09:00+02:00"), Hours(3), At(WednesdayNoon) },
        { "boundary in the evening: rest of the old day, then the new morning", Berlin, Two(Office, "2026-06-10T20:00+02:00", Long), At("2026-06-10T16:00+02:00"), Hours(2), At("2026-06-11T09:00+02:00") },
        { "boundary where only the new version is open", Berlin, Two(Office, "2026-06-10T08:30+02:00", Long), At("2026-06-10T07:00+02:00"), Hours(1), At("2026-06-10T09:30+02:00") },
        { "boundary where only the old version was open", Berlin, Two(Office, "2026-06-10T16:30+02:00", Short), At("2026-06-10T16:00+02:00"), Hours(1), At("2026-06-11T10:30+02:00") },
        { "using up ends at a 24:00 boundary", Berlin, Two(Whole, "2026-06-11T00:00+02:00", Office), At("2026-06-10T12:00+02:00"), Hours(12), At("2026-06-11T00:00+02:00") },
        { "a minute past a 24:00 boundary", Berlin, Two(Whole, "2026-06-11T00:00+02:00", Office), At("2026-06-10T12:00+02:00"), Hours(12) + Minutes(1), At("2026-06-11T09:01+02:00") },
        { "midnight zone: using up thursday ends at its 24:00 boundary in the gap", Midnight, Two(Whole, "2026-03-20T03:00Z", Office), At("2026-03-19T12:00-03:00"), Hours(12), At("2026-03-20T03:00Z") },
        { "midnight zone: an hour more is friday 10:00 under office hours", Midnight, Two(Whole, "2026-03-20T03:00Z", Office), At("2026-03-19T12:00-03:00"), Hours(13), At("2026-03-20T10:00-02:00") },

        // Backwards.
        { "back onto a boundary inside an open period", Berlin, Two(Office, WednesdayNoon, Long), At("2026-06-11T12:00+02:00"), -Hours(10), At(WednesdayNoon) },
        { "back past a boundary inside an open period", Berlin, Two(Office, WednesdayNoon, Long), At("2026-06-11T12:00+02:00"), -Hours(11), At("2026-06-10T11:00+02:00") },
        { "back across a closed boundary", Berlin, Two(Office, "2026-06-10T20:00+02:00", Long), At("2026-06-11T09:00+02:00"), -Hours(2), At("2026-06-10T16:00+02:00") },
        { "back across a 24:00 boundary", Berlin, Two(Whole, "2026-06-11T00:00+02:00", Office), At("2026-06-11T10:00+02:00"), -Hours(2), At("2026-06-10T23:00+02:00") },
        { "back to the start of the new version's first period", Berlin, Two(Office, "2026-06-10T08:30+02:00", Long), At("2026-06-10T10:00+02:00"), -Hours(1.5), At("2026-06-10T08:30+02:00") },
        { "back past it into the old version's tuesday", Berlin, Two(Office, "2026-06-10T08:30+02:00", Long), At("2026-06-10T10:00+02:00"), -Hours(2.5), At("2026-06-09T16:00+02:00") },

        // DST weeks.
        { "Berlin spring: using up the old version ends at the boundary after the gap", Berlin, Two(WholeWeek, "2026-03-29T03:30+02:00", Office), At("2026-03-28T23:00+01:00"), Hours(3.5), At("2026-03-29T03:30+02:00") },
        { "Berlin spring: a minute more is monday 09:01", Berlin, Two(WholeWeek, "2026-03-29T03:30+02:00", Office), At("2026-03-28T23:00+01:00"), Hours(3.5) + Minutes(1), At("2026-03-30T09:01+02:00") },
        { "Berlin spring: back from monday over the gap", Berlin, Two(WholeWeek, "2026-03-29T03:30+02:00", Office), At("2026-03-30T10:00+02:00"), -Hours(2), At("2026-03-29T01:30+01:00") },
        { "Berlin fall: using up ends at the boundary in the second pass", Berlin, Two(WholeWeek, "2026-10-25T02:30+01:00", Office), At("2026-10-25T00:00+02:00"), Hours(3.5), At("2026-10-25T02:30+01:00") },
        { "Berlin fall: half an hour more is monday 09:30", Berlin, Two(WholeWeek, "2026-10-25T02:30+01:00", Office), At("2026-10-25T00:00+02:00"), Hours(4), At("2026-10-26T09:30+01:00") },
        { "Berlin fall: back over the repeated hour", Berlin, Two(WholeWeek, "2026-10-25T02:30+01:00", Office), At("2026-10-26T09:30+01:00"), -Hours(2), At("2026-10-25T02:00+02:00") },
        { "gap zone: rest of the old day, then office hours", Gap, Two(Whole, "2026-03-18T01:30Z", Office), At("2026-03-18T00:00+01:00"), Hours(3), At("2026-03-18T09:30+02:00") },
        { "gap zone fall: back from office hours into the repeated hour", Gap, Two(Whole, "2026-10-14T01:30Z", Office), At("2026-10-14T10:00+01:00"), -Hours(1.5), At("2026-10-14T02:00+01:00") },

        // Holidays.
        { "holiday dropped by the new version is worked", Berlin, Two(Office + " | 2026-06-11", WednesdayNoon, Long), At(WednesdayNoon), Hours(7), At("2026-06-11T09:00+02:00") },
        { "holiday added by the new version is skipped", Berlin, Two(Office, WednesdayNoon, Long + " | 2026-06-11"), At(WednesdayNoon), Hours(7), At("2026-06-12T09:00+02:00") },
        { "back over a holiday added by the new version", Berlin, Two(Office, WednesdayNoon, Long + " | 2026-06-11"), At("2026-06-12T09:00+02:00"), -Hours(7), At(WednesdayNoon) },

        // Three versions and same instants.
        { "three versions: monday 09:00 + 40 h", Berlin, Three, At("2026-06-08T09:00+02:00"), Hours(40), At("2026-06-12T05:00+02:00") },
        { "three versions: back 40 h to monday 09:00", Berlin, Three, At("2026-06-12T05:00+02:00"), -Hours(40), At("2026-06-08T09:00+02:00") },
        { "same instant: the later wins", Berlin, Join(Version(Initial, Office), Version(WednesdayNoon, Long), Version(WednesdayNoon, Short)), At(WednesdayNoon), Hours(5), At("2026-06-11T11:00+02:00") },
    };

    [Theory]
    [MemberData(nameof(Additions))]
    public void Adding_business_time_crosses_version_boundaries(
        string label, string zoneId, string versions, DateTimeOffset start, TimeSpan amount, DateTimeOffset expected)
    {
        var actual = VersionedCalendars.Create(versions, zoneId).AddBusinessTime(start, amount);

        Assert.True(expected == actual, $"{label}: expected {expected:O}, got {actual:O}");
    }

    public static TheoryData<string, string, string, string, DateTimeOffset> Boundaries => new()
    {
        { "inside an open period", Berlin, Office, Long, At(WednesdayNoon) },
        { "inside a closed evening", Berlin, Office, Short, At("2026-06-10T20:00+02:00") },
        { "at a 24:00 end", Berlin, Whole, Office, At("2026-06-11T00:00+02:00") },
        { "with a holiday on the day in the new version", Berlin, Office, Long + " | 2026-06-10, 2026-06-09", At(WednesdayNoon) },
        { "with a part-day closure in the old version", Berlin, Long + " | 2026-06-10 11:00-15:00", Office, At(WednesdayNoon) },
        { "Berlin spring gap", Berlin, WholeWeek, Office, At("2026-03-29T01:00Z") },
        { "Berlin fall second pass", Berlin, WholeWeek, Short, At("2026-10-25T02:30+01:00") },
        { "gap zone in the gap", Gap, Whole, Office, At("2026-03-18T01:00Z") },
        { "midnight zone at thursday's 24:00", Midnight, Whole, Office, At("2026-03-20T03:00Z") },
        { "on a 52-week block boundary", Berlin, Office, Long, At("2026-02-02T00:00Z") },
        { "a tick after a 52-week block boundary", Berlin, Whole, Office, At("2026-02-02T00:00Z") + OneTick },
    };

    /// <summary>
    /// Time counted before the effective instant is what the old version alone says, time after it what the new one
    /// alone says; the two add up.
    /// </summary>
    [Theory]
    [MemberData(nameof(Boundaries))]
    public void Each_version_alone_decides_its_own_side_of_the_boundary(
        string label, string zoneId, string oldDefinition, string newDefinition, DateTimeOffset effective)
    {
        var zone = TestZones.ById[zoneId];
        var oldOnly = new BusinessCalendar(zone, [new(At(Initial), VersionedCalendars.Definition(oldDefinition))]);
        var newOnly = new BusinessCalendar(zone, [new(At(Initial), VersionedCalendars.Definition(newDefinition))]);
        var versioned = new BusinessCalendar(zone, [new(At(Initial), VersionedCalendars.Definition(oldDefinition)), new(effective, VersionedCalendars.Definition(newDefinition))]);

        for (var hours = 0.0; hours <= 7 * 24; hours += 1.75)
        {
            var before = effective.AddHours(-hours);
            var after = effective.AddHours(hours);
            var oldPart = oldOnly.BusinessTimeBetween(before, effective);
            var newPart = newOnly.BusinessTimeBetween(effective, after);

            Assert.True(oldPart == versioned.BusinessTimeBetween(before, effective), $"{label}: from {before:O} to the boundary");
            Assert.True(oldOnly.BusinessTimeBetween(before, effective - OneTick) == versioned.BusinessTimeBetween(before, effective - OneTick), $"{label}: from {before:O} to a tick before the boundary");
            Assert.True(newPart == versioned.BusinessTimeBetween(effective, after), $"{label}: from the boundary to {after:O}");
            Assert.True(oldPart + newPart == versioned.BusinessTimeBetween(before, after), $"{label}: from {before:O} to {after:O}");
        }
    }

    /// <summary>
    /// On a grid of starts and ends around each boundary: adding the business time between two instants from the
    /// first lands on the second (or, when that is closed, on the end of the open time before it), and going back
    /// lands on the first (or on the start of the open time after it).
    /// </summary>
    [Theory]
    [MemberData(nameof(Boundaries))]
    public void Adding_the_time_between_two_instants_round_trips_across_the_boundary(
        string label, string zoneId, string oldDefinition, string newDefinition, DateTimeOffset effective)
    {
        var calendar = new BusinessCalendar(
            TestZones.ById[zoneId],
            [new(At(Initial), VersionedCalendars.Definition(oldDefinition)), new(effective, VersionedCalendars.Definition(newDefinition))]);
        var grid = Enumerable.Range(-40, 81).Select(step => effective.AddMinutes(step * 75)).ToList();

        foreach (var from in grid)
        {
            foreach (var to in grid.Where(to => to >= from))
            {
                var between = calendar.BusinessTimeBetween(from, to);

                var there = calendar.AddBusinessTime(from, between);
                Assert.True(there <= to && calendar.BusinessTimeBetween(there, to) == TimeSpan.Zero, $"{label}: {from:O} + {between} = {there:O}, not at or just before {to:O}");
                Assert.True(!calendar.IsOpen(to - OneTick) || there == to || between == TimeSpan.Zero, $"{label}: {from:O} + {between} = {there:O}, not {to:O}");

                var back = calendar.AddBusinessTime(to, -between);
                Assert.True(back >= from && calendar.BusinessTimeBetween(from, back) == TimeSpan.Zero, $"{label}: {to:O} - {between} = {back:O}, not at or just after {from:O}");
                Assert.True(!calendar.IsOpen(from) || back == from || between == TimeSpan.Zero, $"{label}: {to:O} - {between} = {back:O}, not {from:O}");
            }
        }
    }

    public static TheoryData<string, string, DateTimeOffset, string> Definitions => new()
    {
        { "before the first version: the first", Three, At("2025-06-01T00:00Z"), Office },
        { "at the first version's instant", Three, At(Initial), Office },
        { "a tick before a boundary: the old version", Three, At(WednesdayNoon) - OneTick, Office },
        { "at a boundary: the new version", Three, At(WednesdayNoon), Long },
        { "the same boundary written in UTC", Three, At("2026-06-10T10:00Z"), Long },
        { "after the last boundary: the last version", Three, At("2030-01-01T00:00Z"), Whole },
        { "listed out of order", ThreeOutOfOrder, At("2026-06-11T00:00Z"), Long },
        { "same instant: the later in the list", Join(Version(Initial, Office), Version(WednesdayNoon, Long), Version(WednesdayNoon, Short)), At(WednesdayNoon), Short },
        { "same instant as the first: the later, also before it", Join(Version(WednesdayNoon, Short), Version(WednesdayNoon, Long)), At("2026-06-01T00:00Z"), Long },
    };

    [Theory]
    [MemberData(nameof(Definitions))]
    public void Definition_at_an_instant_is_the_version_in_force_then(string label, string versions, DateTimeOffset instant, string expectedHours)
    {
        var definition = VersionedCalendars.Create(versions).DefinitionAt(instant);

        Assert.True(
            Calendars.ParseHours(expectedHours).OrderBy(d => d.Key).SequenceEqual(definition.Hours.OrderBy(d => d.Key), HoursComparer.Instance),
            $"{label}: got {string.Join("; ", definition.Hours.Select(d => $"{d.Key}={string.Join(",", d.Value)}"))}");
    }

    [Fact]
    public void Versions_are_listed_by_effective_instant_and_keep_their_closures()
    {
        var calendar = VersionedCalendars.Create(ThreeOutOfOrder + " || 2026-07-01T00:00+02:00 => Mon-Fri=09:00-17:00 | 2026-12-24 13:00-24:00, 2026-12-25");

        Assert.Equal([At(Initial), At(WednesdayNoon), At("2026-06-12T00:00+02:00"), At("2026-07-01T00:00+02:00")], calendar.Versions.Select(v => v.EffectiveFrom));
        var closures = calendar.DefinitionAt(At("2026-12-24T12:00+01:00")).Closures;
        Assert.Equal([(new DateOnly(2026, 12, 24), "13:00-24:00"), (new DateOnly(2026, 12, 25), (string?)null)], closures.Select(c => (c.Date, c.ClosedHours)));
    }

    [Fact]
    public void Calendar_keeps_its_own_copy_of_the_versions_it_was_given()
    {
        var versions = VersionedCalendars.Versions(Two(Office, WednesdayNoon, Long));
        var calendar = new BusinessCalendar(TestZones.Berlin, versions);

        versions[1].Definition.Hours[DayOfWeek.Wednesday] = ["00:00-24:00"];
        versions[1].Definition.Closures.Add(new BusinessClosure { Date = new DateOnly(2026, 6, 11), Name = "Added later" });
        versions.RemoveAt(0);

        Assert.Equal(Hours(8 + 8 + 9 + 10 + 10), calendar.BusinessTimeBetween(At("2026-06-08T00:00+02:00"), At("2026-06-13T00:00+02:00")));
        Assert.Equal(2, calendar.Versions.Count);
        Assert.Equal(["08:00-18:00"], calendar.DefinitionAt(At(WednesdayNoon)).Hours[DayOfWeek.Wednesday]);
        Assert.Empty(calendar.DefinitionAt(At(WednesdayNoon)).Closures);
    }

    [Fact]
    public void Use_swaps_the_answer_for_every_later_query()
    {
        var week = (At("2026-06-08T00:00+02:00"), At("2026-06-13T00:00+02:00"));
        var calendar = VersionedCalendars.Create(Join(Version(Initial, Office)));
        Assert.Equal(Hours(40), calendar.BusinessTimeBetween(week.Item1, week.Item2));
        Assert.Equal(At("2026-06-11T10:00+02:00"), calendar.AddBusinessTime(At(WednesdayNoon), Hours(6)));

        calendar.Use(VersionedCalendars.Versions(Two(Office, WednesdayNoon, Long)));

        Assert.Equal(Hours(45), calendar.BusinessTimeBetween(week.Item1, week.Item2));
        Assert.Equal(At("2026-06-10T18:00+02:00"), calendar.AddBusinessTime(At(WednesdayNoon), Hours(6)));
        Assert.True(calendar.IsOpen(At("2026-06-11T08:30+02:00")));
        Assert.Equal([At(Initial), At(WednesdayNoon)], calendar.Versions.Select(v => v.EffectiveFrom));

        calendar.Use(VersionedCalendars.Versions(Join(Version(Initial, Office))));

        Assert.Equal(Hours(40), calendar.BusinessTimeBetween(week.Item1, week.Item2));
        Assert.False(calendar.IsOpen(At("2026-06-11T08:30+02:00")));
    }

    [Fact]
    public void Use_with_an_invalid_version_throws_and_keeps_the_versions_in_force()
    {
        var calendar = VersionedCalendars.Create(Two(Office, WednesdayNoon, Long));
        var bad = VersionedCalendars.Versions(Two(Office, WednesdayNoon, Whole + " | 2026-06-11 17:00-09:00"));

        Assert.ThrowsAny<ArgumentException>(() => calendar.Use(bad));
        Assert.ThrowsAny<ArgumentException>(() => calendar.Use([]));

        Assert.Equal(Hours(45), calendar.BusinessTimeBetween(At("2026-06-08T00:00+02:00"), At("2026-06-13T00:00+02:00")));
        Assert.Equal(2, calendar.Versions.Count);
    }

    [Fact]
    public void Superseded_version_is_still_validated()
    {
        var versions = VersionedCalendars.Versions(Join(Version(Initial, Office), Version(WednesdayNoon, "Mon=09:00-25:00"), Version(WednesdayNoon, Long)));

        Assert.ThrowsAny<ArgumentException>(() => new BusinessCalendar(TestZones.Berlin, versions));
    }

    [Fact]
    public void With_versions_previews_a_change_and_leaves_the_calendar_untouched()
    {
        var week = (At("2026-06-08T00:00+02:00"), At("2026-06-13T00:00+02:00"));
        var calendar = VersionedCalendars.Create(Two(Office, WednesdayNoon, Long), Gap);
        var before = calendar.Versions;

        var preview = calendar.WithVersions(VersionedCalendars.Versions(Three));

        Assert.Same(calendar.TimeZone, preview.TimeZone);
        Assert.Equal(Hours(59), preview.BusinessTimeBetween(week.Item1, week.Item2));
        Assert.Equal(Hours(45), calendar.BusinessTimeBetween(week.Item1, week.Item2));
        Assert.Same(before, calendar.Versions);
        Assert.Equal(2, calendar.Versions.Count);
        Assert.Equal(3, preview.Versions.Count);
    }

    [Fact]
    public void Calendar_built_from_options_is_one_version_in_force_for_all_time()
    {
        var calendar = Calendars.Create(Office, holidays: "2026-06-10");

        var version = Assert.Single(calendar.Versions);
        Assert.Equal(DateTimeOffset.MinValue, version.EffectiveFrom);
        Assert.Equal([(new DateOnly(2026, 6, 10), BusinessClosure.DefaultName, (string?)null)], version.Definition.Closures.Select(c => (c.Date, c.Name, c.ClosedHours)));
        Assert.Same(version.Definition, calendar.DefinitionAt(At("2026-06-10T12:00+02:00")));
    }

    /// <summary>Three versions: office hours from 2026, 08:00-18:00 from Wed 2026-06-10 12:00, whole weekdays from Fri 2026-06-12.</summary>
    private static string Three => Join(Version(Initial, Office), Version(WednesdayNoon, Long), Version("2026-06-12T00:00+02:00", Whole));

    private static string ThreeOutOfOrder => Join(Version("2026-06-12T00:00+02:00", Whole), Version(Initial, Office), Version(WednesdayNoon, Long));

    private static string Two(string before, string effective, string after) => Join(Version(Initial, before), Version(effective, after));

    private static string Version(string effective, string definition) => $"{effective} => {definition}";

    private static string Join(params string[] versions) => string.Join(" || ", versions);

    private sealed class HoursComparer : IEqualityComparer<KeyValuePair<DayOfWeek, List<string>>>
    {
        public static readonly HoursComparer Instance = new();

        public bool Equals(KeyValuePair<DayOfWeek, List<string>> x, KeyValuePair<DayOfWeek, List<string>> y) =>
            x.Key == y.Key && x.Value.SequenceEqual(y.Value);

        public int GetHashCode(KeyValuePair<DayOfWeek, List<string>> obj) => obj.Key.GetHashCode();
    }
}
