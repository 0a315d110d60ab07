namespace HelpdeskDashboard.Features.Sla;

/// <summary>Resolves a weekly schedule in a time zone into the open intervals of one span of UTC time.</summary>
internal static class OpenIntervalBlockBuilder
{
    // Local days whose periods could reach into the span: zone offsets stay within ±14 h, gaps within a day.
    private static readonly long LocalDayMargin = 2 * TimeSpan.TicksPerDay;
    private static readonly long OffsetMargin = 4 * TimeSpan.TicksPerDay;
    private static readonly long MaxTicks = DateTime.MaxValue.Ticks;

    public static OpenIntervalBlock Build(WeeklySchedule schedule, TimeZoneInfo zone, long blockStart, long blockEnd) =>
        Build([new ScheduleSpan(0, MaxTicks, schedule)], zone, blockStart, blockEnd);

    /// <summary>Each span's schedule counts inside that span only: a version boundary cuts the periods that cross it.</summary>
    public static OpenIntervalBlock Build(ScheduleSpan[] spans, TimeZoneInfo zone, long blockStart, long blockEnd)
    {
        var offsets = new ZoneOffsetTimeline(zone, Math.Max(0, blockStart - OffsetMargin), Math.Min(MaxTicks, blockEnd + OffsetMargin));
        var periods = new List<(long Start, long End)>();
        foreach (var span in spans)
        {
            var from = Math.Max(span.FromUtcTicks, blockStart);
            var to = Math.Min(span.ToUtcTicks, blockEnd);
            if (to > from)
            {
                AddPeriods(span.Schedule, offsets, from, to, periods);
            }
        }

        return MergeAndClip(periods, blockStart, blockEnd, offsets);
    }

    private static void AddPeriods(WeeklySchedule schedule, ZoneOffsetTimeline offsets, long from, long to, List<(long Start, long End)> periods)
    {
        var firstDay = LocalDate(Math.Max(0, from - LocalDayMargin), offsets);
        var lastDay = LocalDate(Math.Min(MaxTicks, to + LocalDayMargin), offsets);
        for (var day = firstDay; day <= lastDay; day = day.AddDays(1))
        {
            var midnight = day.DayNumber * TimeSpan.TicksPerDay;
            foreach (var range in schedule.RangesOn(day))
            {
                var start = Math.Max(from, Clamp(offsets.Resolve(midnight + range.StartMinute * TimeSpan.TicksPerMinute)));
                var end = Math.Min(to, Clamp(offsets.Resolve(midnight + range.EndMinute * TimeSpan.TicksPerMinute)));
                if (end > start)
                {
                    periods.Add((start, end)); // a period emptied by a DST gap or outside the span is dropped
                }
            }

            if (day == DateOnly.MaxValue)
            {
                break;
            }
        }
    }

    private static OpenIntervalBlock MergeAndClip(List<(long Start, long End)> periods, long blockStart, long blockEnd, ZoneOffsetTimeline offsets)
    {
        // Resolved periods of neighbouring ranges can overlap around a transition; business time counts them once.
        periods.Sort((a, b) => a.Start.CompareTo(b.Start));
        var starts = new List<long>();
        var ends = new List<long>();
        foreach (var (start, end) in periods)
        {
            var clippedStart = Math.Max(start, blockStart);
            var clippedEnd = Math.Min(end, blockEnd);
            if (clippedEnd <= clippedStart)
            {
                continue;
            }

            if (ends.Count > 0 && clippedStart <= ends[^1])
            {
                ends[^1] = Math.Max(ends[^1], clippedEnd);
            }
            else
            {
                starts.Add(clippedStart);
                ends.Add(clippedEnd);
            }
        }

        return new OpenIntervalBlock([.. starts], [.. ends], offsets);
    }

    private static DateOnly LocalDate(long utcTicks, ZoneOffsetTimeline offsets)
    {
        var local = Math.Clamp(utcTicks + offsets.OffsetTicksAt(utcTicks), 0, MaxTicks);
        return DateOnly.FromDayNumber((int)(local / TimeSpan.TicksPerDay));
    }

    private static long Clamp(long utcTicks) => Math.Clamp(utcTicks, 0, MaxTicks);
}

/// <summary>A schedule in force over [FromUtcTicks, ToUtcTicks).</summary>
internal readonly record struct ScheduleSpan(long FromUtcTicks, long ToUtcTicks, WeeklySchedule Schedule);
