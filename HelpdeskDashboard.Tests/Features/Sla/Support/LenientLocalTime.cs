namespace HelpdeskDashboard.Tests.Features.Sla.Support;

/// <summary>
/// Maps a local wall-clock time to an instant like NodaTime's lenient resolver, using only the
/// instant-to-offset direction of TimeZoneInfo (the reliable one): an ambiguous time takes the earlier
/// instant; a time in a gap is read with the offset in force before the transition.
/// Assumes transitions are more than a day apart, which holds for every zone in the tests.
/// </summary>
public static class LenientLocalTime
{
    public static DateTimeOffset Resolve(TimeZoneInfo zone, DateTime local)
    {
        var wallClock = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        var offsetBefore = zone.GetUtcOffset(new DateTimeOffset(wallClock.AddDays(-1), TimeSpan.Zero));
        var offsetAfter = zone.GetUtcOffset(new DateTimeOffset(wallClock.AddDays(1), TimeSpan.Zero));

        var candidates = new[] { offsetBefore, offsetAfter }
            .Select(offset => new DateTimeOffset(wallClock, offset))
            .Where(instant => zone.GetUtcOffset(instant) == instant.Offset)
            .ToList();

        var resolved = candidates.Count > 0
            ? candidates.MinBy(instant => instant.UtcTicks)
            : new DateTimeOffset(wallClock, offsetBefore);
        return resolved.ToUniversalTime();
    }
}
