using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tiers;

namespace HelpdeskDashboard.Features.Tickets.ResponseClock;

/// <summary>
/// One finished response clock, written in the transaction that stops it (a public reply or the resolution) so reports
/// read facts instead of replaying every ticket. Immutable once written: a calendar change only counts time after its
/// effective instant, which a stopped clock no longer has.
/// </summary>
public sealed class ResponseClockRecord
{
    public long Id { get; set; }

    public int TicketId { get; set; }

    public int CustomerId { get; set; }

    /// <summary>The customer's tier when the clock started (the tier its target came from).</summary>
    public Tier TierAtStart { get; set; }

    /// <summary>Business time allowed; null when no SLA applied (Basic by default).</summary>
    public long? TargetTicks { get; set; }

    /// <summary>The ticket's assignee when the clock stopped; reports attribute the clock to them.</summary>
    public int? AssigneeAgentId { get; set; }

    /// <summary>The agent whose public reply stopped the clock; null when the resolution stopped it.</summary>
    public int? RepliedByAgentId { get; set; }

    public long StartedUtcTicks { get; set; }

    public long StoppedUtcTicks { get; set; }

    /// <summary>The instant the target was (or would have been) used up; null without a target.</summary>
    public long? DueUtcTicks { get; set; }

    /// <summary>Business time the clock counted, pauses excluded (the engine's elapsed time).</summary>
    public long BusinessTicks { get; set; }

    /// <summary>Elapsed business time exceeded the target; met = a target and not breached.</summary>
    public bool IsBreached { get; set; }

    /// <summary>The ticket's first clock: time to first response.</summary>
    public bool IsFirstResponse { get; set; }

    public SlaStopReason StopReason { get; set; }

    /// <summary>Year × 100 + month of the stop in the company's zone, for monthly trends.</summary>
    public int StoppedMonth { get; set; }
}
