namespace HelpdeskDashboard.Features.Sla;

/// <summary>A stretch of one clock's life in which the pause state does not change.</summary>
internal readonly record struct SlaInterval(DateTimeOffset Start, DateTimeOffset End, SlaPauseReason? PauseReason)
{
    public bool IsPaused => PauseReason is not null;
}

/// <summary>One response clock as replayed from the events up to a reading instant.</summary>
internal sealed class SlaCycle(DateTimeOffset startedAt, TimeSpan? target, SlaPauseReason? pauseAtStart)
{
    private readonly List<(DateTimeOffset At, SlaPauseReason? PauseReason)> _pauseChanges = [(startedAt, pauseAtStart)];

    public DateTimeOffset StartedAt => startedAt;

    public TimeSpan? Target => target;

    public DateTimeOffset? StoppedAt { get; private set; }

    public SlaStopReason? StopReason { get; private set; }

    public bool IsStopped => StoppedAt is not null;

    /// <summary>The pause in force at the end of the replay (for a stopped clock: when it stopped).</summary>
    public SlaPauseReason? PauseAtEnd => _pauseChanges[^1].PauseReason;

    public void ChangePause(DateTimeOffset at, SlaPauseReason? pauseReason)
    {
        if (!IsStopped && pauseReason != PauseAtEnd)
        {
            _pauseChanges.Add((at, pauseReason));
        }
    }

    public void Stop(DateTimeOffset at, SlaStopReason reason)
    {
        if (!IsStopped)
        {
            StoppedAt = at;
            StopReason = reason;
        }
    }

    /// <summary>The clock's life from its start to its stop or <paramref name="now"/>, split where the pause state changes.</summary>
    public IReadOnlyList<SlaInterval> Intervals(DateTimeOffset now)
    {
        var end = StoppedAt ?? now;
        var intervals = new List<SlaInterval>(_pauseChanges.Count);
        for (var i = 0; i < _pauseChanges.Count; i++)
        {
            var intervalEnd = i + 1 < _pauseChanges.Count ? _pauseChanges[i + 1].At : end;
            if (intervalEnd > _pauseChanges[i].At)
            {
                intervals.Add(new SlaInterval(_pauseChanges[i].At, intervalEnd, _pauseChanges[i].PauseReason));
            }
        }

        return intervals;
    }

    /// <summary>
    /// Replays the events up to and including <paramref name="now"/> in time order (ties keep their given order)
    /// into the ticket's clocks, oldest first.
    /// </summary>
    public static IReadOnlyList<SlaCycle> Replay(IEnumerable<SlaClockEvent> events, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(events);

        var cycles = new List<SlaCycle>();
        SlaCycle? current = null;
        SlaPauseReason? pause = null;

        // OrderBy is stable, which keeps "reply, then new customer message" at the same instant meaningful.
        foreach (var clockEvent in events.Where(e => e.At <= now).OrderBy(e => e.At))
        {
            switch (clockEvent)
            {
                case SlaClockEvent.CustomerMessage message when current is null || current.IsStopped:
                    current = new SlaCycle(message.At, message.Target, pause);
                    cycles.Add(current);
                    break;
                case SlaClockEvent.AgentReply reply:
                    current?.Stop(reply.At, SlaStopReason.AgentReply);
                    break;
                case SlaClockEvent.StatusChanged change:
                    pause = change.PauseReason;
                    current?.ChangePause(change.At, pause);
                    break;
                case SlaClockEvent.Resolved resolved:
                    current?.Stop(resolved.At, SlaStopReason.Resolved);
                    pause = null;
                    break;
            }
        }

        return cycles;
    }
}
