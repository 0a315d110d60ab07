using CsCheck;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Tests.Features.Sla.Support;

namespace HelpdeskDashboard.Tests.Features.Sla;

/// <summary>
/// Random calendars (DST zones, a fixed-offset zone and Europe/Berlin; random ranges and holidays) checked
/// against <see cref="ReferenceCalendar"/>, which walks minute by minute. A failure message carries the
/// CsCheck seed (pass it as <c>seed:</c> to replay) and the calendar, start and amount.
/// </summary>
public sealed class BusinessCalendarPropertyTests
{
    private const int Iterations = 300;
    private const int LongSpanIterations = 100;

    private const int QueriesPerCalendar = 6;

    private static readonly Gen<SpanQuery> SpanQueries = Gen.Select(
        CalendarGenerators.StartMinute, Gen.Int[-21 * 1440, 21 * 1440], CalendarGenerators.InputOffset,
        (startMinute, lengthMinutes, inputOffset) => new SpanQuery(startMinute, lengthMinutes, inputOffset));

    private static readonly Gen<AddQuery> AddQueries = Gen.Select(
        CalendarGenerators.StartMinute, CalendarGenerators.DurationMinutes, Gen.Bool, CalendarGenerators.InputOffset,
        (startMinute, durationMinutes, backwards, inputOffset) => new AddQuery(startMinute, durationMinutes, backwards, inputOffset));

    [Fact]
    public void Business_time_between_agrees_with_the_minute_walking_reference()
    {
        Gen.Select(CalendarGenerators.Case, SpanQueries.Array[QueriesPerCalendar])
            .Sample((calendarCase, queries) =>
            {
                var reference = calendarCase.Reference();
                var calendar = calendarCase.Calendar();
                foreach (var query in queries)
                {
                    var from = calendarCase.Anchor.AddMinutes(query.StartMinute);
                    var to = from.AddMinutes(query.LengthMinutes);

                    var expected = reference.Between(from, to);
                    var actual = calendar.BusinessTimeBetween(from.ToOffset(query.InputOffset), to);

                    Assert.True(expected == actual, $"BusinessTimeBetween({from:O}, {to:O}): expected {expected}, got {actual}");
                }
            },
            iter: Iterations,
            print: input => $"{input.Item1} | {string.Join("; ", input.Item2)}");
    }

    [Fact]
    public void Adding_business_time_agrees_with_the_minute_walking_reference()
    {
        Gen.Select(CalendarGenerators.Case, AddQueries.Array[QueriesPerCalendar])
            .Sample((calendarCase, queries) =>
            {
                var reference = calendarCase.Reference();
                var calendar = calendarCase.Calendar();
                foreach (var query in queries)
                {
                    var start = calendarCase.Anchor.AddMinutes(query.StartMinute);
                    var minutes = CapToWindow(reference, start, query.DurationMinutes, query.Backwards);

                    var expected = reference.Add(start, minutes)!.Value;
                    var actual = calendar.AddBusinessTime(start.ToOffset(query.InputOffset), TimeSpan.FromMinutes(minutes));

                    Assert.True(expected == actual, $"AddBusinessTime({start:O}, {minutes} min): expected {expected:O}, got {actual:O}");
                }
            },
            iter: Iterations,
            print: input => $"{input.Item1} | {string.Join("; ", input.Item2)} (durations capped to the window)");
    }

    [Fact]
    public void Open_queries_agree_with_the_minute_walking_reference()
    {
        var queries = Gen.Select(CalendarGenerators.StartMinute, Gen.Int[0, 14 * 1440]).Array[QueriesPerCalendar];
        Gen.Select(CalendarGenerators.Case, queries)
            .Sample((calendarCase, spans) =>
            {
                var reference = calendarCase.Reference();
                var calendar = calendarCase.Calendar();
                foreach (var (startMinute, lengthMinutes) in spans)
                {
                    var from = calendarCase.Anchor.AddMinutes(startMinute);
                    var to = from.AddMinutes(lengthMinutes);

                    Assert.True(reference.IsOpen(from) == calendar.IsOpen(from), $"IsOpen({from:O}) should be {reference.IsOpen(from)}");

                    if (reference.NextOpening(from) is { } nextOpening)
                    {
                        var actualOpening = calendar.NextOpening(from);
                        Assert.True(nextOpening == actualOpening, $"NextOpening({from:O}): expected {nextOpening:O}, got {actualOpening:O}");
                    }

                    var expectedRuns = reference.OpenRuns(from, to).Select(run => new BusinessPeriod(run.Start, run.End)).ToList();
                    var actualPeriods = calendar.OpenPeriods(from, to);
                    Assert.Equal(expectedRuns, MergeTouching(actualPeriods));
                    Assert.All(actualPeriods.Zip(actualPeriods.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start, $"periods out of order or overlapping: {pair}"));
                }
            },
            iter: Iterations,
            print: input => $"{input.Item1} | (start minute after anchor, length in minutes): {string.Join("; ", input.Item2)}");
    }

    /// <summary>Exact to the tick: the deadline uses up exactly the amount, and no earlier (later) instant would.</summary>
    [Fact]
    public void Deadline_is_the_first_instant_that_uses_up_the_amount_to_the_tick()
    {
        Gen.Select(CalendarGenerators.Case, Gen.Long[0, (CalendarCase.StartDays * TimeSpan.TicksPerDay) - 1], Gen.Long[0, 14 * TimeSpan.TicksPerDay], Gen.Bool)
            .Sample((calendarCase, startTicks, amountTicks, backwards) =>
            {
                var calendar = calendarCase.Calendar();
                var start = calendarCase.Anchor.AddTicks(startTicks);
                var amount = CapToWindow(calendarCase, calendar, start, TimeSpan.FromTicks(amountTicks), backwards);
                var oneTick = TimeSpan.FromTicks(1);

                if (!backwards)
                {
                    var deadline = calendar.AddBusinessTime(start, amount);
                    Assert.True(deadline >= start, $"deadline {deadline:O} before start");
                    Assert.True(amount == calendar.BusinessTimeBetween(start, deadline), $"BusinessTimeBetween(start, {deadline:O}) != {amount}");
                    if (amount > TimeSpan.Zero)
                    {
                        Assert.True(calendar.BusinessTimeBetween(start, deadline - oneTick) < amount, $"{deadline:O} is not the earliest");
                    }
                }
                else
                {
                    var origin = calendar.AddBusinessTime(start, -amount);
                    Assert.True(origin <= start, $"{origin:O} after start");
                    Assert.True(amount == calendar.BusinessTimeBetween(origin, start), $"BusinessTimeBetween({origin:O}, start) != {amount}");
                    if (amount > TimeSpan.Zero)
                    {
                        Assert.True(calendar.BusinessTimeBetween(origin + oneTick, start) < amount, $"{origin:O} is not the latest");
                    }
                }
            },
            iter: Iterations,
            print: input => $"{input.Item1} | start anchor+{input.Item2} ticks, {(input.Item4 ? "-" : "+")}{input.Item3} ticks (capped to the window)");
    }

    /// <summary>
    /// Forward then back returns to the start or later, with no business time in between (it lands on the
    /// start of the open stretch); back then forward returns to the start or earlier, likewise.
    /// </summary>
    [Fact]
    public void Going_forward_then_back_skips_only_closed_time()
    {
        Gen.Select(CalendarGenerators.Case, Gen.Long[0, (CalendarCase.StartDays * TimeSpan.TicksPerDay) - 1], Gen.Long[0, 14 * TimeSpan.TicksPerDay])
            .Sample((calendarCase, startTicks, amountTicks) =>
            {
                var calendar = calendarCase.Calendar();
                var start = calendarCase.Anchor.AddTicks(startTicks);
                var forwardAmount = CapToWindow(calendarCase, calendar, start, TimeSpan.FromTicks(amountTicks), backwards: false);
                var backAmount = CapToWindow(calendarCase, calendar, start, TimeSpan.FromTicks(amountTicks), backwards: true);

                var there = calendar.AddBusinessTime(start, forwardAmount);
                var backAgain = calendar.AddBusinessTime(there, -forwardAmount);
                Assert.True(backAgain >= start, $"forward then back: {backAgain:O} is before the start");
                Assert.True(TimeSpan.Zero == calendar.BusinessTimeBetween(start, backAgain), $"forward then back: business time between start and {backAgain:O}");

                var before = calendar.AddBusinessTime(start, -backAmount);
                var forwardAgain = calendar.AddBusinessTime(before, backAmount);
                Assert.True(forwardAgain <= start, $"back then forward: {forwardAgain:O} is after the start");
                Assert.True(TimeSpan.Zero == calendar.BusinessTimeBetween(forwardAgain, start), $"back then forward: business time between {forwardAgain:O} and start");
            },
            iter: Iterations,
            print: input => $"{input.Item1} | start anchor+{input.Item2} ticks, amount {input.Item3} ticks (capped to the window)");
    }

    [Fact]
    public void Business_time_between_is_antisymmetric_to_the_tick_whatever_the_offsets()
    {
        var instant = Gen.Long[-28 * TimeSpan.TicksPerDay, 84 * TimeSpan.TicksPerDay];
        Gen.Select(CalendarGenerators.Case, instant, instant, CalendarGenerators.InputOffset, CalendarGenerators.InputOffset)
            .Sample((calendarCase, aTicks, bTicks, aOffset, bOffset) =>
            {
                var calendar = calendarCase.Calendar();
                var a = calendarCase.Anchor.AddTicks(aTicks);
                var b = calendarCase.Anchor.AddTicks(bTicks);

                var forwards = calendar.BusinessTimeBetween(a.ToOffset(aOffset), b.ToOffset(bOffset));
                var backwards = calendar.BusinessTimeBetween(b, a);

                Assert.True(forwards == -backwards, $"BusinessTimeBetween({a:O}, {b:O}) = {forwards} but backwards = {backwards}");
                Assert.True(a <= b ? forwards >= TimeSpan.Zero : forwards <= TimeSpan.Zero, $"sign of {forwards} does not follow the order of {a:O} and {b:O}");
            },
            iter: Iterations,
            print: input => $"{input.Item1} | a = anchor+{input.Item2} ticks at {input.Item4}, b = anchor+{input.Item3} ticks at {input.Item5}");
    }

    /// <summary>Over years (across whatever blocks or caches the calendar keeps), business time adds up exactly.</summary>
    [Fact]
    public void Business_time_adds_up_exactly_over_years()
    {
        var instant = Gen.Long[new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks, new DateTimeOffset(2032, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks]
            .Select(ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
        Gen.Select(CalendarGenerators.Case, instant, instant, instant)
            .Sample((calendarCase, a, b, c) =>
            {
                var calendar = calendarCase.Calendar();

                var whole = calendar.BusinessTimeBetween(a, c);
                var parts = calendar.BusinessTimeBetween(a, b) + calendar.BusinessTimeBetween(b, c);

                Assert.True(whole == parts, $"a..c = {whole} but a..b + b..c = {parts}");
            },
            iter: LongSpanIterations,
            print: input => $"{input.Item1} | a = {input.Item2:O}, b = {input.Item3:O}, c = {input.Item4:O}");
    }

    [Fact]
    public void Deadlines_years_away_use_up_exactly_the_amount()
    {
        var start = Gen.Long[new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks, new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks]
            .Select(ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
        Gen.Select(CalendarGenerators.Case, start, Gen.Long[0, 3 * 365 * TimeSpan.TicksPerDay], Gen.Bool)
            .Sample((calendarCase, origin, amountTicks, backwards) =>
            {
                var calendar = calendarCase.Calendar();
                // Sparse calendars would take centuries to use up years of business time; keep within ten years.
                var available = backwards
                    ? calendar.BusinessTimeBetween(origin.AddYears(-10), origin)
                    : calendar.BusinessTimeBetween(origin, origin.AddYears(10));
                var amount = TimeSpan.FromTicks(Math.Min(amountTicks, available.Ticks));

                var deadline = calendar.AddBusinessTime(origin, backwards ? -amount : amount);

                var used = backwards ? calendar.BusinessTimeBetween(deadline, origin) : calendar.BusinessTimeBetween(origin, deadline);
                Assert.True(amount == used, $"deadline {deadline:O} uses {used}, not {amount}");
            },
            iter: LongSpanIterations,
            print: input => $"{input.Item1} | start {input.Item2:O}, {(input.Item4 ? "-" : "+")}{TimeSpan.FromTicks(input.Item3)} (capped to ten years)");
    }

    /// <summary>Keeps deadlines inside the reference window (a sparse calendar could otherwise reach years ahead).</summary>
    private static int CapToWindow(ReferenceCalendar reference, DateTimeOffset start, int minutes, bool backwards)
    {
        var available = backwards ? reference.Between(reference.WindowStart, start) : reference.Between(start, reference.WindowEnd);
        var capped = Math.Min(minutes, (int)available.TotalMinutes);
        return backwards ? -capped : capped;
    }

    /// <summary>
    /// Tick-level cases have no reference; the calendar under test bounds the amount. This only guards the run
    /// time: if its answer were wrong, the other properties would report it.
    /// </summary>
    private static TimeSpan CapToWindow(CalendarCase calendarCase, BusinessCalendar calendar, DateTimeOffset start, TimeSpan amount, bool backwards)
    {
        var available = backwards
            ? calendar.BusinessTimeBetween(calendarCase.WindowStart, start)
            : calendar.BusinessTimeBetween(start, calendarCase.WindowEnd);
        return amount < available ? amount : available;
    }

    private static List<BusinessPeriod> MergeTouching(IEnumerable<BusinessPeriod> periods)
    {
        var merged = new List<BusinessPeriod>();
        foreach (var period in periods)
        {
            if (merged.Count > 0 && merged[^1].End >= period.Start)
            {
                merged[^1] = merged[^1] with { End = period.End > merged[^1].End ? period.End : merged[^1].End };
            }
            else
            {
                merged.Add(period);
            }
        }

        return merged;
    }

    /// <summary>Minutes after the anchor; the start is written at the given offset.</summary>
    private readonly record struct SpanQuery(int StartMinute, int LengthMinutes, TimeSpan InputOffset);

    /// <summary>Minutes after the anchor; the duration goes backwards when asked; the start is written at the given offset.</summary>
    private readonly record struct AddQuery(int StartMinute, int DurationMinutes, bool Backwards, TimeSpan InputOffset);
}
