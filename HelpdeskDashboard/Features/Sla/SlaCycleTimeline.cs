namespace HelpdeskDashboard.Features.Sla;

/// <summary>
/// One response clock, from the customer message that started it to its stop (or the reading instant):
/// consecutive segments without gaps, and the reading of that clock (due, met or breached by how much).
/// </summary>
public sealed record SlaCycleTimeline(SlaReading Reading, IReadOnlyList<SlaTimelineSegment> Segments);
