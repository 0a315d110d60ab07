using HelpdeskDashboard.Features.Tiers;

namespace HelpdeskDashboard.Features.Calendar.Changes;

/// <summary>A live, unpaused response clock as the ticket's SLA columns record it: what a calendar change can move.</summary>
public sealed record OpenClock(
    int TicketId, int Version, string Subject, string CustomerName, Tier Tier, long DueUtcTicks, long TargetTicks, long? AtRiskFromUtcTicks);
