using BenchmarkDotNet.Attributes;
using HelpdeskDashboard.Features.Sla;

namespace HelpdeskDashboard.Benchmarks.Features.Sla;

/// <summary>
/// Cost of one SLA deadline or elapsed-time computation. Each benchmark runs over 64 start instants
/// spread over two years, so neither one hot interval nor one lucky branch pattern flatters the figure.
/// </summary>
[MemoryDiagnoser]
public class BusinessCalendarBenchmarks
{
    private const int Starts = 64;
    private readonly DateTimeOffset[] _starts = new DateTimeOffset[Starts];
    private BusinessCalendar _calendar = null!;
    private TimeSpan _oneYearOfBusinessTime;

    [Params("Berlin 24h Mon-Fri", "Berlin 09-17 + 12 holidays", "UTC 09-17 + 12 holidays")]
    public string Calendar { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _calendar = Calendar switch
        {
            "Berlin 24h Mon-Fri" => new BusinessCalendar(new BusinessCalendarOptions()),
            "Berlin 09-17 + 12 holidays" => new BusinessCalendar(OfficeHours("Europe/Berlin")),
            "UTC 09-17 + 12 holidays" => new BusinessCalendar(OfficeHours("Etc/UTC")),
            _ => throw new ArgumentOutOfRangeException(nameof(Calendar), Calendar, "unknown calendar"),
        };

        // Every 11 days and 7 hours: all weekdays, weekends, nights, and both DST seasons.
        var first = new DateTimeOffset(2026, 1, 5, 8, 30, 0, TimeSpan.FromHours(1));
        for (var i = 0; i < Starts; i++)
        {
            _starts[i] = first.AddHours(i * (11 * 24 + 7));
        }

        _oneYearOfBusinessTime = _calendar.BusinessTimeBetween(first, first.AddYears(1));

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
    public DateTimeOffset AddBusinessTime_1year() => AddToAll(_oneYearOfBusinessTime);

    [Benchmark(OperationsPerInvoke = Starts)]
    public TimeSpan BusinessTimeBetween_1year() => BetweenForAll(TimeSpan.FromDays(365));

    private DateTimeOffset AddToAll(TimeSpan amount) => CalendarCalls.AddToAll(_calendar, _starts, amount);

    private TimeSpan BetweenForAll(TimeSpan span) => CalendarCalls.BetweenForAll(_calendar, _starts, span);

    private static BusinessCalendarOptions OfficeHours(string zone)
    {
        var weekday = new List<string> { "09:00-17:00" };
        var options = new BusinessCalendarOptions
        {
            TimeZone = zone,
            Hours = new()
            {
                [DayOfWeek.Monday] = weekday,
                [DayOfWeek.Tuesday] = weekday,
                [DayOfWeek.Wednesday] = weekday,
                [DayOfWeek.Thursday] = weekday,
                [DayOfWeek.Friday] = weekday,
            },
        };

        // 12 holidays a year (German-style dates), for 2025 to 2028.
        int[][] monthDays = [[1, 1], [1, 6], [4, 18], [4, 21], [5, 1], [5, 29], [6, 9], [10, 3], [11, 1], [12, 24], [12, 25], [12, 26]];
        for (var year = 2025; year <= 2028; year++)
        {
            options.Holidays.AddRange(monthDays.Select(md => new DateOnly(year, md[0], md[1])));
        }

        return options;
    }
}
