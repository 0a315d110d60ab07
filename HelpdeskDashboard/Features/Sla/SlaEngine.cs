namespace HelpdeskDashboard.Features.Sla;

/// <summary>
/// Reads a ticket's response clock from its <see cref="SlaClockEvent"/>s at a given instant. Pure: the same events and
/// instant always give the same answer, so the UI, reports and tests can ask about any moment.
/// Events after the reading instant are ignored.
/// </summary>
/// <remarks>
/// The rules, one clock at a time:
/// <list type="bullet">
/// <item>A customer message starts a clock when none runs (first message, or after a reply or resolution), with the
/// target recorded on that message; a customer message while a clock runs changes nothing.</item>
/// <item>An agent's public reply or the ticket's resolution stops the clock; internal notes do not.</item>
/// <item>"Waiting on customer" and "on hold" pause it; paused time is never counted, open or not.</item>
/// <item>Only open calendar time counts. Breached means elapsed &gt; target; elapsed == target is still met.</item>
/// </list>
/// </remarks>
public sealed class SlaEngine
{
    private readonly BusinessCalendar _calendar;
    private readonly double _atRiskShare;

    public SlaEngine(BusinessCalendar calendar, SlaOptions options)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(options);
        if (options.AtRiskShare is not (> 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.AtRiskShare, "AtRiskShare must lie between 0 and 1, exclusive.");
        }

        _calendar = calendar;
        _atRiskShare = options.AtRiskShare;
    }

    /// <summary>The ticket's current clock (the most recent one) at <paramref name="now"/>; <see cref="SlaState.NoSla"/> before any customer message.</summary>
    public SlaReading Read(IEnumerable<SlaClockEvent> events, DateTimeOffset now)
    {
        var cycles = SlaCycle.Replay(events, now);
        return cycles.Count == 0
            ? new SlaReading { AsOf = now, State = SlaState.NoSla }
            : Read(cycles[^1], cycles[^1].Intervals(now), now);
    }

    /// <summary>One reading per clock of the ticket up to <paramref name="now"/>, oldest first (reports record the stopped ones).</summary>
    public IReadOnlyList<SlaReading> ReadAll(IEnumerable<SlaClockEvent> events, DateTimeOffset now)
    {
        var cycles = SlaCycle.Replay(events, now);
        var readings = new SlaReading[cycles.Count];
        for (var i = 0; i < cycles.Count; i++)
        {
            readings[i] = Read(cycles[i], cycles[i].Intervals(now), now);
        }

        return readings;
    }

    /// <summary>Every clock of the ticket up to <paramref name="now"/>, each with its segments and reading.</summary>
    public SlaTimeline Timeline(IEnumerable<SlaClockEvent> events, DateTimeOffset now)
    {
        var cycles = SlaCycle.Replay(events, now);
        var timelines = new List<SlaCycleTimeline>(cycles.Count);
        foreach (var cycle in cycles)
        {
            var intervals = cycle.Intervals(now);
            var reading = Read(cycle, intervals, now);
            timelines.Add(new SlaCycleTimeline(reading, new SlaSegmentBuilder(_calendar).Build(intervals, reading)));
        }

        return new SlaTimeline(timelines);
    }

    /// <summary>
    /// Moves a reading forward to <paramref name="now"/> without its events: valid as long as nothing happened to the
    /// ticket in between (a message or status change publishes a change and the reading is taken afresh). Only a live,
    /// unpaused clock moves; this is what a countdown does on every tick, so it costs two calendar look-ups.
    /// </summary>
    public SlaReading Advance(SlaReading reading, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (reading.Target is not { } target || reading.IsStopped || reading.PauseReason is not null || now <= reading.AsOf)
        {
            return reading;
        }

        var elapsed = reading.Elapsed + _calendar.BusinessTimeBetween(reading.AsOf, now);
        var remaining = target - elapsed;
        var breached = remaining < TimeSpan.Zero;
        var atRisk = !breached && remaining <= target * _atRiskShare;
        var closedNow = !_calendar.IsOpen(now);
        return reading with
        {
            AsOf = now,
            State = StateOf(live: true, paused: false, breached, closedNow, atRisk),
            Elapsed = elapsed,
            Remaining = remaining,
            IsAtRisk = atRisk,
            ResumesAt = closedNow ? _calendar.NextOpening(now) : null,
        };
    }

    private SlaReading Read(SlaCycle cycle, IReadOnlyList<SlaInterval> intervals, DateTimeOffset now)
    {
        var (elapsed, targetReachedAt) = Count(intervals, cycle.Target);
        var live = !cycle.IsStopped;
        var pause = cycle.PauseAtEnd;
        var reading = new SlaReading
        {
            AsOf = now,
            State = SlaState.NoSla,
            ClockStartedAt = cycle.StartedAt,
            Elapsed = elapsed,
            PauseReason = pause,
            StoppedAt = cycle.StoppedAt,
            StopReason = cycle.StopReason,
        };
        if (cycle.Target is not { } target)
        {
            return reading;
        }

        var remaining = target - elapsed;
        var breached = remaining < TimeSpan.Zero;
        var atRisk = live && !breached && remaining <= target * _atRiskShare;
        var closedNow = live && pause is null && !_calendar.IsOpen(now);

        return reading with
        {
            State = StateOf(live, pause is not null, breached, closedNow, atRisk),
            Target = target,
            Remaining = remaining,
            // Not yet reached: project from where counting stands now (while paused: as if it resumed now).
            Due = targetReachedAt ?? _calendar.AddBusinessTime(cycle.StoppedAt ?? now, remaining),
            DueIsProjection = targetReachedAt is null && live && pause is not null,
            IsAtRisk = atRisk,
            ResumesAt = closedNow ? _calendar.NextOpening(now) : null,
        };
    }

    /// <summary>Business time counted in the unpaused intervals, and the instant the target was used up (if it was).</summary>
    private (TimeSpan Elapsed, DateTimeOffset? TargetReachedAt) Count(IReadOnlyList<SlaInterval> intervals, TimeSpan? target)
    {
        var elapsed = TimeSpan.Zero;
        DateTimeOffset? targetReachedAt = null;
        foreach (var interval in intervals.Where(i => !i.IsPaused))
        {
            var counted = _calendar.BusinessTimeBetween(interval.Start, interval.End);
            if (target is { } t && targetReachedAt is null && elapsed + counted >= t)
            {
                targetReachedAt = _calendar.AddBusinessTime(interval.Start, t - elapsed);
            }

            elapsed += counted;
        }

        return (elapsed, targetReachedAt);
    }

    // The precedence is documented on SlaState.
    private static SlaState StateOf(bool live, bool paused, bool breached, bool closedNow, bool atRisk)
    {
        if (!live)
        {
            return breached ? SlaState.Breached : SlaState.Met;
        }

        if (paused)
        {
            return SlaState.Paused;
        }

        if (breached)
        {
            return SlaState.Breached;
        }

        if (closedNow)
        {
            return SlaState.OutsideBusinessHours;
        }

        return atRisk ? SlaState.AtRisk : SlaState.Running;
    }
}
