using BenchmarkDotNet.Attributes;
using HelpdeskDashboard.Features.Sla;

namespace HelpdeskDashboard.Benchmarks.Features.Sla;

/// <summary>
/// Cost of one call with three versions in force (Berlin office hours with 12 holidays a year, then 08:00-18:00, then
/// whole weekdays), the second taking effect on a Wednesday noon and the third a week or a month later. The 64 starts
/// are spread evenly from one spacing before the second version to one spacing after the third, so most spans cross a
/// version boundary. "1 version" is the same calendar and the same starts without the changes, for comparison.
/// </summary>
[MemoryDiagnoser]
public class BusinessCalendarVersionBenchmarks
{
    private const int Starts = 64;
    private static readonly DateTimeOffset SecondVersion = new(2026, 6, 10, 12, 0, 0, TimeSpan.FromHours(2));

    private readonly DateTimeOffset[] _starts = new DateTimeOffset[Starts];
    private BusinessCalendar _calendar = null!;

    [Params("1 version", "3 versions 1 week apart", "3 versions 1 month apart")]
    public string Versions { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var first = new BusinessCalendarVersion(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(1)), Definition("09:00-17:00"));
        var spacing = Versions switch
        {
            "1 version" => TimeSpan.FromDays(7),
            "3 versions 1 week apart" => TimeSpan.FromDays(7),
            "3 versions 1 month apart" => TimeSpan.FromDays(30),
            _ => throw new ArgumentOutOfRangeException(nameof(Versions), Versions, "unknown versions"),
        };
        _calendar = Versions == "1 version"
            ? new BusinessCalendar(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), [first])
            : new BusinessCalendar(
                TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"),
                [first, new(SecondVersion, Definition("08:00-18:00")), new(SecondVersion + spacing, Definition("00:00-24:00"))]);

        // From one spacing before the second version to one after the third: every time of day, both sides of each change.
        var from = SecondVersion - spacing;
        var step = 3 * spacing / Starts;
        for (var i = 0; i < Starts; i++)
        {
            _starts[i] = from + (i * step);
        }

        // Resolve the blocks once, as a running app would have done long before.
        foreach (var start in _starts)
        {
            _calendar.AddBusinessTime(start, TimeSpan.FromDays(400));
        }
    }

    [Benchmark(OperationsPerInvoke = Starts)]
    public DateTimeOffset AddBusinessTime_24h() => AddToAll(TimeSpan.FromHours(24));

    [Benchmark(OperationsPerInvoke = Starts)]
    public DateTimeOffset AddBusinessTime_72h() => AddToAll(TimeSpan.FromHours(72));

    [Benchmark(OperationsPerInvoke = Starts)]
    public TimeSpan BusinessTimeBetween_1week() => BetweenForAll(TimeSpan.FromDays(7));

    [Benchmark(OperationsPerInvoke = Starts)]
    public TimeSpan BusinessTimeBetween_1year() => BetweenForAll(TimeSpan.FromDays(365));

    private DateTimeOffset AddToAll(TimeSpan amount) => CalendarCalls.AddToAll(_calendar, _starts, amount);

    private TimeSpan BetweenForAll(TimeSpan span) => CalendarCalls.BetweenForAll(_calendar, _starts, span);

    private static BusinessCalendarDefinition Definition(string weekdayRange)
    {
        var definition = new BusinessCalendarDefinition();
        foreach (var day in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday })
        {
            definition.Hours[day] = [weekdayRange];
        }

        // 12 holidays a year (German-style dates), for 2025 to 2028, in every version.
        int[][] monthDays = [[1, 1], [1, 6], [4, 18], [4, 21], [5, 1], [5, 29], [6, 9], [10, 3], [11, 1], [12, 24], [12, 25], [12, 26]];
        for (var year = 2025; year <= 2028; year++)
        {
            definition.Closures.AddRange(monthDays.Select(md => new BusinessClosure { Date = new DateOnly(year, md[0], md[1]), Name = "Holiday" }));
        }

        return definition;
    }
}
