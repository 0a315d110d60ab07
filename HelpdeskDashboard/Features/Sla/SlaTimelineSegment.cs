namespace HelpdeskDashboard.Features.Sla;

/// <summary>A stretch [Start, End) of one clock's life; <see cref="PauseReason"/> is set for <see cref="SlaSegmentKind.Paused"/> only.</summary>
public readonly record struct SlaTimelineSegment(
    SlaSegmentKind Kind, DateTimeOffset Start, DateTimeOffset End, SlaPauseReason? PauseReason = null)
{
    public TimeSpan Duration => End - Start;
}
