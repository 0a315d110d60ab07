using HelpdeskDashboard.Platform.Time;

namespace HelpdeskDashboard.Features.Sla;

/// <summary>The words of the SLA timeline: what each segment was and how each clock ended; tested apart from the component.</summary>
public static class SlaTimelineText
{
    public static string Segment(SlaTimelineSegment segment) => segment.Kind switch
    {
        SlaSegmentKind.Counted => "Counted",
        SlaSegmentKind.Overdue => "Overdue",
        SlaSegmentKind.Paused => $"Paused: {PauseWords(segment.PauseReason)}",
        SlaSegmentKind.Closed => "Closed (night, weekend or holiday)",
        _ => segment.Kind.ToString(),
    };

    /// <summary>How a clock ended or stands: met, breached by how much, or the live countdown's sentence.</summary>
    public static string Outcome(SlaReading reading, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var elapsed = DisplayFormat.Duration(reading.Elapsed);
        var how = reading.StopReason == SlaStopReason.AgentReply ? "replied" : "resolved";
        return reading switch
        {
            { Target: null, IsStopped: true } => $"No response target; {how} after {elapsed} of business time.",
            { Target: null } => $"No response target; {elapsed} of business time so far.",
            { IsStopped: true, IsBreached: true } =>
                $"Breached by {DisplayFormat.Duration(reading.BreachedBy ?? TimeSpan.Zero)}: {how} after {elapsed} of business time.",
            { IsStopped: true } => $"Met: {how} after {elapsed} of business time.",
            _ => SlaCountdownText.Describe(reading, zone).Sentence,
        };
    }

    /// <summary>The due instant, or why there is none; a paused clock's due is only where it would be if it resumed now.</summary>
    public static string Due(SlaReading reading, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return reading.Due switch
        {
            null => "No due time",
            { } due when reading.DueIsProjection => $"{SlaCountdownText.Instant(due, zone)} if the clock resumed now",
            { } due => SlaCountdownText.Instant(due, zone),
        };
    }

    public static string Target(TimeSpan? target) =>
        target is { } t ? DisplayFormat.BusinessHours(t) : "No response target";

    private static string PauseWords(SlaPauseReason? reason) => reason switch
    {
        SlaPauseReason.WaitingOnCustomer => "waiting on customer",
        SlaPauseReason.OnHold => "on hold",
        _ => "no reason given",
    };
}
