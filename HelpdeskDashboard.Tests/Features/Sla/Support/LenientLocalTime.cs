namespace HelpdeskDashboard.Tests.Features.Sla.Support;

/// <summary>
/// Maps a local wall-clock time to an instant like NodaTime's lenient resolver, using only the
/// instant-to-offset direction of TimeZoneInfo (the reliable one): an ambiguous time takes the earlier
/// instant; a time in a gap is read with the offset in force before the transition.
/// Assumes transitions are more than a day apart, which holds for every zone in the tests.
/// </summary>
public static class LenientLocalTime
{
    public static DateTimeOffset Resolve(TimeZoneInfo zone, DateTime local) => Resolve(zone.GetUtcOffset, local);

    /// <param name="offsetAt">The zone's UTC offset at an instant.</param>
    /// <param name="local">The wall-clock time; its Kind is ignored.</param>
    public static DateTimeOffset Resolve(Func<DateTimeOffset, TimeSpan> offsetAt, DateTime local)
    {
        var wallClock = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        var offsetBefore = offsetAt(new DateTimeOffset(wallClock.AddDays(-1), TimeSpan.Zero));
        var offsetAfter = offsetAt(new DateTimeOffset(wallClock.AddDays(1), TimeSpan.Zero));

        // The offset before the nearest transition wins while it is valid (in an overlap that is the earlier
        // instant) and in a gap (the lenient choice); the offset after wins only where it alone is valid.
        var withOffsetBefore = new DateTimeOffset(wallClock, offsetBefore);
        var withOffsetAfter = new DateTimeOffset(wallClock, offsetAfter);
        var resolved = offsetAt(withOffsetBefore) != offsetBefore && offsetAt(withOffsetAfter) == offsetAfter
            ? withOffsetAfter
            : withOffsetBefore;
        return resolved.ToUniversalTime();
    }
}
