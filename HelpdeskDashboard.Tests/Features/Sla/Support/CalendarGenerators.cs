using CsCheck;

namespace HelpdeskDashboard.Tests.Features.Sla.Support;

/// <summary>Random calendars biased towards the interesting places: DST days, midnight, 24:00, touching ranges.</summary>
public static class CalendarGenerators
{
    private static readonly DateOnly[] TransitionDays =
    [
        new(2026, 3, 10), new(2026, 3, 18), new(2026, 3, 19), new(2026, 3, 20), new(2026, 3, 29),
        new(2026, 10, 6), new(2026, 10, 14), new(2026, 10, 15), new(2026, 10, 16), new(2026, 10, 25),
    ];

    public static readonly Gen<string> ZoneId =
        Gen.OneOf("Test/GapAt0200", "Test/GapAtMidnight", "Test/HalfHourGap", "Test/FixedPlus0530", "Europe/Berlin");

    /// <summary>Starts cover every 2026 transition of every test zone; June has none.</summary>
    public static readonly Gen<DateTimeOffset> Anchor = Gen.OneOf(
        new DateTimeOffset(2026, 3, 4, 0, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));

    // Day bounds, the test zones' gaps and repeated stretches (01:30–03:00, 23:00–24:00), office hours.
    private static readonly Gen<int> MinuteOfDay = Gen.Frequency(
        (2, Gen.Int[0, 1440]),
        (3, Gen.OneOf(0, 30, 60, 90, 105, 120, 135, 150, 165, 180, 210, 540, 720, 1020, 1380, 1395, 1410, 1425, 1440)));

    /// <summary>Cut the day at sorted distinct points and open some of the pieces; neighbouring open pieces touch.</summary>
    private static readonly Gen<List<string>> DayRanges = Gen.Frequency(
        (2, Gen.Const(() => new List<string>())),
        (2, Gen.Const(() => new List<string> { "00:00-24:00" })),
        (6, Gen.Select(MinuteOfDay.Array[2, 7], Gen.Bool.Array[6], Pieces)));

    public static readonly Gen<Dictionary<DayOfWeek, List<string>>> Hours =
        DayRanges.Array[7]
            .Select(days => Enumerable.Range(0, 7)
                .Where(day => days[day].Count > 0 || day % 3 == 0) // keep some empty days listed: empty means closed
                .ToDictionary(day => (DayOfWeek)day, day => days[day]))
            .Where(hours => hours.Values.Any(ranges => ranges.Count > 0));

    public static Gen<List<DateOnly>> Holidays(DateTimeOffset anchor)
    {
        var anchorDay = DateOnly.FromDateTime(anchor.UtcDateTime);
        var day = Gen.Frequency(
            (3, Gen.Int[-30, CalendarCase.StartDays + 58].Select(offset => anchorDay.AddDays(offset))),
            (1, Gen.OneOf(TransitionDays)));
        return day.Array[0, 8].Select(days => days.Distinct().ToList());
    }

    public static readonly Gen<CalendarCase> Case =
        from zone in ZoneId
        from hours in Hours
        from anchor in Anchor
        from holidays in Holidays(anchor)
        select new CalendarCase(zone, hours, holidays, anchor);

    /// <summary>Minutes after the anchor, sometimes on the half hour so that starts hit period bounds.</summary>
    public static readonly Gen<int> StartMinute = Gen.Frequency(
        (3, Gen.Int[0, (CalendarCase.StartDays * 1440) - 1]),
        (1, Gen.Int[0, (CalendarCase.StartDays * 48) - 1].Select(halfHours => halfHours * 30)));

    /// <summary>Whole minutes of business time, up to two weeks.</summary>
    public static readonly Gen<int> DurationMinutes = Gen.Frequency(
        (2, Gen.Int[0, 180]),
        (2, Gen.Int[0, 1440]),
        (2, Gen.Int[0, 14 * 1440]));

    /// <summary>Offsets the inputs are written in, in quarter hours from -12:00 to +14:00.</summary>
    public static readonly Gen<TimeSpan> InputOffset = Gen.Int[-48, 56].Select(quarters => TimeSpan.FromMinutes(quarters * 15));

    private static List<string> Pieces(int[] points, bool[] open)
    {
        var cuts = points.Distinct().Order().ToArray();
        var ranges = new List<string>();
        for (var piece = 0; piece + 1 < cuts.Length; piece++)
        {
            if (open[piece])
            {
                ranges.Add($"{Clock(cuts[piece])}-{Clock(cuts[piece + 1])}");
            }
        }

        return ranges;
    }

    private static string Clock(int minuteOfDay) => $"{minuteOfDay / 60:00}:{minuteOfDay % 60:00}";
}
