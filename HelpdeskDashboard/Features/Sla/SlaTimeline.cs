namespace HelpdeskDashboard.Features.Sla;

/// <summary>Every response clock of a ticket in order; the last one is the ticket's current clock.</summary>
public sealed record SlaTimeline(IReadOnlyList<SlaCycleTimeline> Cycles);
