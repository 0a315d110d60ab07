using HelpdeskDashboard.Features.Sla;

namespace HelpdeskDashboard.Benchmarks.Features.Sla;

/// <summary>One call per start instant, the result kept so the JIT cannot drop the calls.</summary>
internal static class CalendarCalls
{
    public static DateTimeOffset AddToAll(BusinessCalendar calendar, DateTimeOffset[] starts, TimeSpan amount)
    {
        var last = default(DateTimeOffset);
        foreach (var start in starts)
        {
            last = calendar.AddBusinessTime(start, amount);
        }

        return last;
    }

    public static TimeSpan BetweenForAll(BusinessCalendar calendar, DateTimeOffset[] starts, TimeSpan span)
    {
        var sum = TimeSpan.Zero;
        foreach (var start in starts)
        {
            sum += calendar.BusinessTimeBetween(start, start + span);
        }

        return sum;
    }
}
