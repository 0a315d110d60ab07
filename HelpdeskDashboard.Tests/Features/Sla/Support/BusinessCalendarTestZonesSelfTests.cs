using static HelpdeskDashboard.Tests.Features.Sla.Support.Instants;

namespace HelpdeskDashboard.Tests.Features.Sla.Support;

/// <summary>
/// Pins the synthetic zones and the lenient resolver to hand-computed values, so that a failure in the
/// calendar tests cannot be blamed on the test fixtures.
/// </summary>
public sealed class BusinessCalendarTestZonesSelfTests
{
    public static TheoryData<string, string, DateTimeOffset, TimeSpan> OffsetsAroundTransitions => new()
    {
        { "gap zone just before spring", "Test/GapAt0200", At("2026-03-18T00:59Z"), Hours(1) },
        { "gap zone at spring", "Test/GapAt0200", At("2026-03-18T01:00Z"), Hours(2) },
        { "gap zone just before fall", "Test/GapAt0200", At("2026-10-14T00:59Z"), Hours(2) },
        { "gap zone at fall", "Test/GapAt0200", At("2026-10-14T01:00Z"), Hours(1) },
        { "midnight zone just before spring", "Test/GapAtMidnight", At("2026-03-20T02:59Z"), Hours(-3) },
        { "midnight zone at spring", "Test/GapAtMidnight", At("2026-03-20T03:00Z"), Hours(-2) },
        { "midnight zone just before fall", "Test/GapAtMidnight", At("2026-10-16T01:59Z"), Hours(-2) },
        { "midnight zone at fall", "Test/GapAtMidnight", At("2026-10-16T02:00Z"), Hours(-3) },
        { "half-hour zone just before spring", "Test/HalfHourGap", At("2026-03-09T15:29Z"), new TimeSpan(10, 30, 0) },
        { "half-hour zone at spring", "Test/HalfHourGap", At("2026-03-09T15:30Z"), Hours(11) },
        { "half-hour zone just before fall", "Test/HalfHourGap", At("2026-10-05T14:59Z"), Hours(11) },
        { "half-hour zone at fall", "Test/HalfHourGap", At("2026-10-05T15:00Z"), new TimeSpan(10, 30, 0) },
        { "fixed zone", "Test/FixedPlus0530", At("2026-03-18T01:00Z"), new TimeSpan(5, 30, 0) },
        { "Berlin just before spring", "Europe/Berlin", At("2026-03-29T00:59Z"), Hours(1) },
        { "Berlin at spring", "Europe/Berlin", At("2026-03-29T01:00Z"), Hours(2) },
        { "Berlin at fall", "Europe/Berlin", At("2026-10-25T01:00Z"), Hours(1) },
    };

    [Theory]
    [MemberData(nameof(OffsetsAroundTransitions))]
    public void Synthetic_zone_changes_offset_at_the_designed_instant(
        string label, string zoneId, DateTimeOffset instant, TimeSpan expectedOffset)
    {
        Assert.True(TestZones.ById[zoneId].GetUtcOffset(instant) == expectedOffset, label);
    }

    public static TheoryData<string, string, string, DateTimeOffset> LenientResolutions => new()
    {
        { "ordinary winter time", "Test/GapAt0200", "2026-01-05T10:00", At("2026-01-05T09:00Z") },
        { "start of the gap moves forward", "Test/GapAt0200", "2026-03-18T02:00", At("2026-03-18T01:00Z") },
        { "inside the gap uses the offset before", "Test/GapAt0200", "2026-03-18T02:30", At("2026-03-18T01:30Z") },
        { "end of the gap", "Test/GapAt0200", "2026-03-18T03:00", At("2026-03-18T01:00Z") },
        { "ambiguous takes the earlier instant", "Test/GapAt0200", "2026-10-14T02:30", At("2026-10-14T00:30Z") },
        { "after the overlap", "Test/GapAt0200", "2026-10-14T03:00", At("2026-10-14T02:00Z") },
        { "midnight in the gap", "Test/GapAtMidnight", "2026-03-20T00:00", At("2026-03-20T03:00Z") },
        { "first valid time after midnight gap", "Test/GapAtMidnight", "2026-03-20T01:00", At("2026-03-20T03:00Z") },
        { "ambiguous hour before midnight", "Test/GapAtMidnight", "2026-10-15T23:30", At("2026-10-16T01:30Z") },
        { "midnight after the overlap is unique", "Test/GapAtMidnight", "2026-10-16T00:00", At("2026-10-16T03:00Z") },
        { "half-hour gap", "Test/HalfHourGap", "2026-03-10T02:15", At("2026-03-09T15:45Z") },
        { "half-hour overlap", "Test/HalfHourGap", "2026-10-06T01:45", At("2026-10-05T14:45Z") },
        { "Berlin gap", "Europe/Berlin", "2026-03-29T02:30", At("2026-03-29T01:30Z") },
        { "Berlin overlap", "Europe/Berlin", "2026-10-25T02:30", At("2026-10-25T00:30Z") },
    };

    [Theory]
    [MemberData(nameof(LenientResolutions))]
    public void Lenient_resolver_maps_local_times_like_the_spec(
        string label, string zoneId, string local, DateTimeOffset expected)
    {
        var resolved = LenientLocalTime.Resolve(
            TestZones.ById[zoneId], DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(expected == resolved, $"{label}: expected {expected:O}, got {resolved:O}");
    }
}
