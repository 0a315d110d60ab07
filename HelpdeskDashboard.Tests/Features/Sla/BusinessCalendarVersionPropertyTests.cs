using System.Globalization;
using CsCheck;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Tests.Features.Sla.Support;

namespace HelpdeskDashboard.Tests.Features.Sla;

/// <summary>
/// Random calendars of two or three versions (random hours, whole- and part-day closures, effective instants near the
/// starts, on DST transitions, on a 52-week block edge, sometimes two at the same instant) checked against
/// <see cref="ReferenceCalendar.Versioned"/>, which walks minute by minute. A failure message carries the CsCheck seed
/// (pass it as <c>seed:</c> to replay) and the versions, start and amount.
/// </summary>
public sealed class BusinessCalendarVersionPropertyTests
{
    // Each reference case resolves two or three versions over ten weeks; 80 cases keep the file near 4 s.
    private const int Iterations = 80;
    private const int RoundTripIterations = 200;
    private const int QueriesPerCalendar = 6;

    private static readonly Gen<(int StartMinute, int LengthMinutes, TimeSpan InputOffset)> SpanQueries =
        Gen.Select(CalendarGenerators.StartMinute, Gen.Int[-21 * 1440, 21 * 1440], CalendarGenerators.InputOffset);

    private static readonly Gen<(int StartMinute, int DurationMinutes, bool Backwards, TimeSpan InputOffset)> AddQueries =
        Gen.Select(CalendarGenerators.StartMinute, CalendarGenerators.DurationMinutes, Gen.Bool, CalendarGenerators.InputOffset);

    [Fact]
    public void Business_time_between_agrees_with_the_minute_walking_reference()
    {
        Gen.Select(VersionCase.Any, SpanQueries.Array[QueriesPerCalendar])
            .Sample((versionCase, queries) =>
            {
                var reference = versionCase.Reference();
                var calendar = versionCase.Calendar();
                foreach (var (startMinute, lengthMinutes, inputOffset) in queries)
                {
                    var from = versionCase.Anchor.AddMinutes(startMinute);
                    var to = from.AddMinutes(lengthMinutes);

                    var expected = reference.Between(from, to);
                    var actual = calendar.BusinessTimeBetween(from.ToOffset(inputOffset), to);

                    Assert.True(expected == actual, $"BusinessTimeBetween({from:O}, {to:O}): expected {expected}, got {actual}");
                }
            },
            iter: Iterations,
            print: input => $"{input.Item1} | {string.Join("; ", input.Item2)}");
    }

    [Fact]
    public void Adding_business_time_agrees_with_the_minute_walking_reference()
    {
        Gen.Select(VersionCase.Any, AddQueries.Array[QueriesPerCalendar])
            .Sample((versionCase, queries) =>
            {
                var reference = versionCase.Reference();
                var calendar = versionCase.Calendar();
                foreach (var (startMinute, durationMinutes, backwards, inputOffset) in queries)
                {
                    var start = versionCase.Anchor.AddMinutes(startMinute);
                    var available = backwards ? reference.Between(reference.WindowStart, start) : reference.Between(start, reference.WindowEnd);
                    var minutes = Math.Min(durationMinutes, (int)available.TotalMinutes) * (backwards ? -1 : 1);

                    var expected = reference.Add(start, minutes)!.Value;
                    var actual = calendar.AddBusinessTime(start.ToOffset(inputOffset), TimeSpan.FromMinutes(minutes));

                    Assert.True(expected == actual, $"AddBusinessTime({start:O}, {minutes} min): expected {expected:O}, got {actual:O}");
                }
            },
            iter: Iterations,
            print: input => $"{input.Item1} | {string.Join("; ", input.Item2)} (durations capped to the window)");
    }

    /// <summary>
    /// To the tick: adding the business time between a start and any instant lands on that instant, or on the end of
    /// the open time before it; going back from it lands on the start, or on the start of the open time after it.
    /// </summary>
    [Fact]
    public void Adding_the_time_between_two_instants_round_trips_to_the_tick()
    {
        var instant = Gen.Long[-7 * TimeSpan.TicksPerDay, 35 * TimeSpan.TicksPerDay];
        Gen.Select(VersionCase.Any, instant, instant)
            .Sample((versionCase, aTicks, bTicks) =>
            {
                var calendar = versionCase.Calendar();
                var from = versionCase.Anchor.AddTicks(Math.Min(aTicks, bTicks));
                var to = versionCase.Anchor.AddTicks(Math.Max(aTicks, bTicks));
                var between = calendar.BusinessTimeBetween(from, to);
                var oneTick = TimeSpan.FromTicks(1);

                var there = calendar.AddBusinessTime(from, between);
                Assert.True(there <= to && calendar.BusinessTimeBetween(there, to) == TimeSpan.Zero, $"{from:O} + {between} = {there:O}, past {to:O} or short of it");
                Assert.True(between == TimeSpan.Zero || !calendar.IsOpen(to - oneTick) || there == to, $"{from:O} + {between} = {there:O}, not {to:O}");

                var back = calendar.AddBusinessTime(to, -between);
                Assert.True(back >= from && calendar.BusinessTimeBetween(from, back) == TimeSpan.Zero, $"{to:O} - {between} = {back:O}, before {from:O} or short of it");
                Assert.True(between == TimeSpan.Zero || !calendar.IsOpen(from) || back == from, $"{to:O} - {between} = {back:O}, not {from:O}");
            },
            iter: RoundTripIterations,
            print: input => $"{input.Item1} | anchor+{input.Item2} ticks, anchor+{input.Item3} ticks");
    }

    /// <summary>Two or three versions in one zone; starts fall in [Anchor, Anchor + 28 days), the reference covers [Anchor - 22 days, Anchor + 50 days), enough for spans of ±21 days.</summary>
    public sealed record VersionCase(string ZoneId, DateTimeOffset Anchor, IReadOnlyList<BusinessCalendarVersion> Versions)
    {
        /// <summary>Each anchor's window holds a DST transition of some test zones, or (2026-01-26) the block edge 2026-02-02T00:00Z.</summary>
        private static readonly Gen<DateTimeOffset> Anchors = Gen.OneOf(
            new DateTimeOffset(2026, 1, 26, 0, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 3, 4, 0, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero));

        private static readonly DateTimeOffset[] NotableInstants =
        [
            new(2026, 2, 2, 0, 0, 0, TimeSpan.Zero), // a 52-week block edge
            new(2026, 3, 9, 15, 30, 0, TimeSpan.Zero), new(2026, 3, 18, 1, 0, 0, TimeSpan.Zero), new(2026, 3, 20, 3, 0, 0, TimeSpan.Zero),
            new(2026, 3, 29, 1, 0, 0, TimeSpan.Zero), new(2026, 10, 5, 15, 0, 0, TimeSpan.Zero), new(2026, 10, 14, 1, 0, 0, TimeSpan.Zero),
            new(2026, 10, 16, 2, 0, 0, TimeSpan.Zero), new(2026, 10, 25, 1, 0, 0, TimeSpan.Zero),
        ];

        private static readonly Gen<int> MinuteOfDay = Gen.Frequency(
            (2, Gen.Int[0, 1440]),
            (3, Gen.OneOf(0, 60, 120, 150, 180, 540, 720, 780, 1020, 1380, 1440)));

        /// <summary>A closed part "HH:mm-HH:mm" (start before end), or null for the whole day.</summary>
        private static readonly Gen<string?> ClosedHours = Gen.Frequency(
            (1, Gen.Const(() => (string?)null)),
            (2, Gen.Select(MinuteOfDay, MinuteOfDay).Where(pair => pair.Item1 != pair.Item2)
                .Select(pair => (string?)$"{Time(Math.Min(pair.Item1, pair.Item2))}-{Time(Math.Max(pair.Item1, pair.Item2))}")));

        public static readonly Gen<VersionCase> Any =
            from zone in CalendarGenerators.ZoneId
            from anchor in Anchors
            from count in Gen.Int[2, 3]
            from definitions in Definition(anchor).Array[count]
            from instants in Instant(anchor).Array[count]
            from sameAsPrevious in Gen.Int[0, 4].Array[count]
            select new VersionCase(zone, anchor, ListVersions(definitions, instants, sameAsPrevious));

        public TimeZoneInfo Zone => TestZones.ById[ZoneId];

        public BusinessCalendar Calendar() => new(Zone, Versions);

        public ReferenceCalendar Reference() => ReferenceCalendar.Versioned(Versions, Zone, Anchor.AddDays(-22), Anchor.AddDays(50));

        public override string ToString() =>
            $"zone {ZoneId}; anchor {Anchor:O}; versions " + string.Join(" || ", Versions.Select(v =>
                $"{v.EffectiveFrom:O} => {string.Join("; ", v.Definition.Hours.OrderBy(d => d.Key).Select(d => $"{d.Key}=[{string.Join(",", d.Value)}]"))}"
                + $" | {string.Join(", ", v.Definition.Closures.Select(c => $"{c.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {c.ClosedHours}".TrimEnd()))}"));

        private static Gen<BusinessCalendarDefinition> Definition(DateTimeOffset anchor)
        {
            var closure = Gen.Select(CalendarGenerators.Holidays(anchor), ClosedHours.Array[8]);
            return Gen.Select(CalendarGenerators.Hours, closure, (hours, closures) => new BusinessCalendarDefinition
            {
                Hours = hours,
                Closures = [.. closures.Item1.Select((date, i) => new BusinessClosure { Date = date, Name = "Closure", ClosedHours = closures.Item2[i] })],
            });
        }

        /// <summary>Whole minutes from a few days before the starts to a week after them, often on the half hour or a notable instant.</summary>
        private static Gen<DateTimeOffset> Instant(DateTimeOffset anchor) => Gen.Frequency(
            (3, Gen.Int[-3 * 1440, 35 * 1440].Select(minutes => anchor.AddMinutes(minutes))),
            (2, Gen.Int[-3 * 48, 35 * 48].Select(halfHours => anchor.AddMinutes(halfHours * 30))),
            (1, Gen.OneOf(NotableInstants)));

        private static List<BusinessCalendarVersion> ListVersions(BusinessCalendarDefinition[] definitions, DateTimeOffset[] instants, int[] sameAsPrevious)
        {
            var versions = new List<BusinessCalendarVersion>();
            for (var i = 0; i < definitions.Length; i++)
            {
                // One in five takes the instant of the one listed before it: the later in the list must win.
                var instant = i > 0 && sameAsPrevious[i] == 0 ? versions[i - 1].EffectiveFrom : instants[i];
                versions.Add(new BusinessCalendarVersion(instant, definitions[i]));
            }

            return versions;
        }

        private static string Time(int minutes) => string.Create(CultureInfo.InvariantCulture, $"{minutes / 60:00}:{minutes % 60:00}");
    }
}
