using static HelpdeskDashboard.Tests.Features.Sla.Support.Instants;

namespace HelpdeskDashboard.Tests.Features.Sla.Support;

/// <summary>The property tests trust <see cref="ReferenceCalendar"/>; these pin it to hand-computed answers.</summary>
public sealed class BusinessCalendarReferenceSelfTests
{
    public static TheoryData<string> ZoneIds => new(TestZones.ById.Keys);

    [Theory]
    [MemberData(nameof(ZoneIds))]
    public void Offset_timeline_agrees_with_time_zone_info(string zoneId)
    {
        var zone = TestZones.ById[zoneId];
        var timeline = OffsetTimeline.For(zone);
        var probes = Enumerable.Range(0, 3 * 365 * 4).Select(quarterDay => At("2025-01-01T00:00Z").AddHours((quarterDay * 6) + 1.5))
            .Concat(timeline.Changes.SelectMany(change => new[] { change.AddTicks(-1), change }));

        Assert.All(probes, instant => Assert.Equal(zone.GetUtcOffset(instant), timeline.OffsetAt(instant)));
        Assert.Equal(zoneId == "Test/FixedPlus0530" ? 0 : 6, timeline.Changes.Count);
    }

    public static TheoryData<string, string, string, DateTimeOffset, DateTimeOffset, TimeSpan> Spans => new()
    {
        { "default week", Calendars.WholeWeekdays, "Europe/Berlin", At("2026-06-08T00:00+02:00"), At("2026-06-15T00:00+02:00"), Hours(120) },
        { "gap zone: range starting in the gap", "Wed=02:30-04:00", "Test/GapAt0200", At("2026-03-18T00:00Z"), At("2026-03-19T00:00Z"), Minutes(30) },
        { "gap zone: dropped range", "Wed=02:30-03:00", "Test/GapAt0200", At("2026-03-18T00:00Z"), At("2026-03-19T00:00Z"), TimeSpan.Zero },
        { "gap zone: union", "Wed=01:00-02:30,03:00-05:00", "Test/GapAt0200", At("2026-03-18T00:00Z"), At("2026-03-19T00:00Z"), Hours(3) },
        { "gap zone: first pass only", "Wed=02:00-02:30", "Test/GapAt0200", At("2026-10-14T00:00Z"), At("2026-10-15T00:00Z"), Minutes(30) },
        { "gap zone: 25 h day", Calendars.WholeWeekdays, "Test/GapAt0200", At("2026-10-14T00:00+02:00"), At("2026-10-15T00:00+01:00"), Hours(25) },
        { "midnight zone: thursday", Calendars.WholeWeekdays, "Test/GapAtMidnight", At("2026-03-19T00:00-03:00"), At("2026-03-20T03:00Z"), Hours(24) },
        { "midnight zone: friday", Calendars.WholeWeekdays, "Test/GapAtMidnight", At("2026-03-20T03:00Z"), At("2026-03-21T00:00-02:00"), Hours(23) },
        { "half-hour zone: short day", Calendars.WholeWeekdays, "Test/HalfHourGap", At("2026-03-10T00:00+10:30"), At("2026-03-11T00:00+11:00"), Hours(23.5) },
        { "backwards", Calendars.WholeWeekdays, "Europe/Berlin", At("2026-06-15T09:00+02:00"), At("2026-06-12T18:00+02:00"), -Hours(15) },
    };

    [Theory]
    [MemberData(nameof(Spans))]
    public void Reference_counts_hand_computed_business_time(
        string label, string hours, string zoneId, DateTimeOffset from, DateTimeOffset to, TimeSpan expected)
    {
        var reference = Reference(hours, zoneId);

        Assert.True(expected == reference.Between(from, to), $"{label}: got {reference.Between(from, to)}");
    }

    public static TheoryData<string, string, string, DateTimeOffset, int, DateTimeOffset> Additions => new()
    {
        { "friday used up ends at its 24:00", Calendars.WholeWeekdays, "Europe/Berlin", At("2026-06-12T00:00+02:00"), 1440, At("2026-06-13T00:00+02:00") },
        { "saturday start", Calendars.WholeWeekdays, "Europe/Berlin", At("2026-06-13T11:00+02:00"), 1, At("2026-06-15T00:01+02:00") },
        { "zero", Calendars.WholeWeekdays, "Europe/Berlin", At("2026-06-13T11:00+02:00"), 0, At("2026-06-13T11:00+02:00") },
        { "back to monday's start", Calendars.WholeWeekdays, "Europe/Berlin", At("2026-06-15T10:00+02:00"), -600, At("2026-06-15T00:00+02:00") },
        { "back into friday", Calendars.WholeWeekdays, "Europe/Berlin", At("2026-06-15T00:00+02:00"), -60, At("2026-06-12T23:00+02:00") },
        { "thursday's 24:00 in the midnight gap", Calendars.WholeWeekdays, "Test/GapAtMidnight", At("2026-03-19T00:00-03:00"), 1440, At("2026-03-20T03:00Z") },
        { "back to friday's start in the midnight gap", Calendars.WholeWeekdays, "Test/GapAtMidnight", At("2026-03-21T00:00-02:00"), -23 * 60, At("2026-03-20T03:00Z") },
    };

    [Theory]
    [MemberData(nameof(Additions))]
    public void Reference_adds_like_the_spec(
        string label, string hours, string zoneId, DateTimeOffset start, int minutes, DateTimeOffset expected)
    {
        var actual = Reference(hours, zoneId).Add(start, minutes);

        Assert.True(expected == actual, $"{label}: expected {expected:O}, got {actual:O}");
    }

    [Fact]
    public void Reference_reports_open_runs_merged_and_the_next_opening()
    {
        var reference = Reference("Thu=22:00-24:00; Fri=00:00-02:00", "Test/GapAtMidnight");

        Assert.Equal([(At("2026-03-20T01:00Z"), At("2026-03-20T04:00Z"))], reference.OpenRuns(At("2026-03-19T00:00Z"), At("2026-03-21T00:00Z")));
        Assert.Equal(At("2026-03-20T01:00Z"), reference.NextOpening(At("2026-03-19T12:00Z")));
        Assert.True(reference.IsOpen(At("2026-03-20T03:59Z")));
        Assert.False(reference.IsOpen(At("2026-03-20T04:00Z")));
    }

    public static TheoryData<string, string, string, DateTimeOffset, DateTimeOffset, TimeSpan> VersionedSpans => new()
    {
        { "part-day closure splits a range", "2026-01-01T00:00Z => Mon-Fri=09:00-17:00 | 2026-06-10 12:00-13:00", "Europe/Berlin", At("2026-06-10T00:00+02:00"), At("2026-06-11T00:00+02:00"), Hours(7) },
        { "whole-day closure", "2026-01-01T00:00Z => Mon-Fri=09:00-17:00 | 2026-06-10", "Europe/Berlin", At("2026-06-08T00:00+02:00"), At("2026-06-13T00:00+02:00"), Hours(32) },
        { "part-day closure from inside the gap", "2026-01-01T00:00Z => Mon-Fri=00:00-24:00 | 2026-03-18 02:30-24:00", "Test/GapAt0200", At("2026-03-18T00:00+01:00"), At("2026-03-19T00:00+02:00"), Hours(2.5) },
        { "closure over the repeated hour", "2026-01-01T00:00Z => Mon-Fri=00:00-24:00 | 2026-10-14 02:00-03:00", "Test/GapAt0200", At("2026-10-14T00:00+02:00"), At("2026-10-15T00:00+01:00"), Hours(23) },
        { "boundary at wednesday noon", "2026-01-01T00:00Z => Mon-Fri=09:00-17:00 || 2026-06-10T12:00+02:00 => Mon-Fri=08:00-18:00", "Europe/Berlin", At("2026-06-08T00:00+02:00"), At("2026-06-13T00:00+02:00"), Hours(45) },
        { "same instant: later wins", "2026-01-01T00:00Z => Mon-Fri=09:00-17:00 || 2026-06-10T12:00+02:00 => Mon-Fri=08:00-18:00 || 2026-06-10T12:00+02:00 => Mon-Fri=10:00-16:00", "Europe/Berlin", At("2026-06-10T00:00+02:00"), At("2026-06-11T00:00+02:00"), Hours(7) },
        { "same first instant: later governs before it", "2026-06-10T12:00+02:00 => Mon-Fri=09:00-17:00 || 2026-06-10T12:00+02:00 => Mon-Fri=08:00-18:00", "Europe/Berlin", At("2026-06-08T00:00+02:00"), At("2026-06-10T00:00+02:00"), Hours(20) },
        { "first version before its instant, listed last", "2026-06-12T00:00+02:00 => Mon-Fri=00:00-24:00 || 2026-06-09T00:00+02:00 => Mon-Fri=10:00-16:00", "Europe/Berlin", At("2026-06-08T00:00+02:00"), At("2026-06-13T00:00+02:00"), Hours(24 + 24) },
    };

    [Theory]
    [MemberData(nameof(VersionedSpans))]
    public void Versioned_reference_counts_hand_computed_business_time(
        string label, string versions, string zoneId, DateTimeOffset from, DateTimeOffset to, TimeSpan expected)
    {
        var reference = ReferenceCalendar.Versioned(VersionedCalendars.Versions(versions), TestZones.ById[zoneId], At("2026-02-01T00:00Z"), At("2026-12-01T00:00Z"));

        Assert.True(expected == reference.Between(from, to), $"{label}: got {reference.Between(from, to)}");
    }

    private static ReferenceCalendar Reference(string hours, string zoneId) =>
        new(Calendars.Options(hours), TestZones.ById[zoneId], At("2026-02-01T00:00Z"), At("2026-12-01T00:00Z"));
}
