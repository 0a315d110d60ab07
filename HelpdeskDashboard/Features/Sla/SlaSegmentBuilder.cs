namespace HelpdeskDashboard.Features.Sla;

/// <summary>Cuts one clock's life into counted, overdue, paused and closed segments for the timeline.</summary>
internal sealed class SlaSegmentBuilder(BusinessCalendar calendar)
{
    private readonly List<SlaTimelineSegment> _segments = [];

    public IReadOnlyList<SlaTimelineSegment> Build(IReadOnlyList<SlaInterval> intervals, SlaReading reading)
    {
        // Only a breached clock has counted time past its due instant, and then the due instant is fixed.
        var overdueFrom = reading.IsBreached ? reading.Due : null;
        foreach (var interval in intervals)
        {
            if (interval.IsPaused)
            {
                Add(SlaSegmentKind.Paused, interval.Start, interval.End, interval.PauseReason);
                continue;
            }

            var cursor = interval.Start;
            foreach (var open in calendar.OpenPeriods(interval.Start, interval.End))
            {
                Add(SlaSegmentKind.Closed, cursor, open.Start);
                AddOpen(open, overdueFrom);
                cursor = open.End;
            }

            Add(SlaSegmentKind.Closed, cursor, interval.End);
        }

        return _segments.ToList();
    }

    private void AddOpen(BusinessPeriod open, DateTimeOffset? overdueFrom)
    {
        if (overdueFrom is { } due && due < open.End)
        {
            Add(SlaSegmentKind.Counted, open.Start, due);
            Add(SlaSegmentKind.Overdue, due > open.Start ? due : open.Start, open.End);
        }
        else
        {
            Add(SlaSegmentKind.Counted, open.Start, open.End);
        }
    }

    // Skips empty stretches and merges with the previous segment of the same kind, e.g. Monday's and Tuesday's open hours.
    private void Add(SlaSegmentKind kind, DateTimeOffset start, DateTimeOffset end, SlaPauseReason? pauseReason = null)
    {
        if (end <= start)
        {
            return;
        }

        if (_segments.Count > 0 && _segments[^1] is var last && last.Kind == kind && last.PauseReason == pauseReason && last.End == start)
        {
            _segments[^1] = last with { End = end };
            return;
        }

        _segments.Add(new SlaTimelineSegment(kind, start, end, pauseReason));
    }
}
