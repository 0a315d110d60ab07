namespace HelpdeskDashboard.Features.Sla;

/// <summary>Resolves a weekly schedule in a time zone into the open intervals of one span of UTC time.</summary>
internal static class OpenIntervalBlockBuilder
{
    // Local days whose periods could reach into the span: zone offsets stay within ±14 h, gaps within a day.
    private static readonly long LocalDayMargin = 2 * TimeSpan.TicksPerDay;
    private static readonly long OffsetMargin = 4 * TimeSpan.TicksPerDay;
    private static readonly long MaxTicks = DateTime.MaxValue.Ticks;

    public static OpenIntervalBlock Build(WeeklySchedule schedule, TimeZoneInfo zone, long blockStart, long blockEnd)
    {
        var offsets = new ZoneOffsetTimeline(zone, Math.Max(0, blockStart - OffsetMargin), Math.Min(MaxTicks, blockEnd + OffsetMargin));
        var periods = new List<(long Start, long End)>();

        var firstDay = LocalDate(Math.Max(0, blockStart - LocalDayMargin), offsets);
        var lastDay = LocalDate(Math.Min(MaxTicks, blockEnd + LocalDayMargin), offsets);
        for (var day = firstDay; day <= lastDay; day = day.AddDays(1))
        {
            var midnight = day.DayNumber * TimeSpan.TicksPerDay;
            foreach (var range in schedule.RangesOn(day))
            {
                var start = Clamp(offsets.Resolve(midnight + range.StartMinute * TimeSpan.TicksPerMinute));
                var end = Clamp(offsets.Resolve(midnight + range.EndMinute * TimeSpan.TicksPerMinute));
                if (end > start)
                {
                    periods.Add((start, end)); // a period emptied by a DST gap is dropped
                }
            }

            if (day == DateOnly.MaxValue)
            {
                break;
            }
        }

        return MergeAndClip(periods, blockStart, blockEnd, offsets);
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
