using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tiers;

namespace HelpdeskDashboard.Features.Tickets.ResponseClock;

/// <summary>
/// Turns the engine's reading of a stopped clock into its <see cref="ResponseClockRecord"/>: the one mapping used when a
/// reply or resolution stops a clock, by the start-up backfill and by the volume generator, so reports read exactly
/// what the engine says.
/// </summary>
public static class ResponseClockRecorder
{
    /// <param name="reading">A reading of a stopped clock (<see cref="SlaReading.IsStopped"/>).</param>
    /// <param name="tierAtStart">The customer's tier when the clock started.</param>
    /// <param name="assigneeAgentId">The ticket's assignee when the clock stopped.</param>
    /// <param name="repliedByAgentId">The agent whose public reply stopped it; null when the resolution did.</param>
    /// <param name="isFirstResponse">The ticket's first clock.</param>
    public static ResponseClockRecord ToRecord(
        int ticketId, int customerId, SlaReading reading, Tier tierAtStart, int? assigneeAgentId, int? repliedByAgentId, bool isFirstResponse, TimeZoneInfo companyZone)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(companyZone);
        if (reading.ClockStartedAt is not { } started || reading.StoppedAt is not { } stopped)
        {
            throw new ArgumentException("Only a stopped clock is recorded.", nameof(reading));
        }

        var local = TimeZoneInfo.ConvertTime(stopped, companyZone);
        return new ResponseClockRecord
        {
            TicketId = ticketId,
            CustomerId = customerId,
            TierAtStart = tierAtStart,
            TargetTicks = reading.Target?.Ticks,
            AssigneeAgentId = assigneeAgentId,
            RepliedByAgentId = reading.StopReason == SlaStopReason.AgentReply ? repliedByAgentId : null,
            StartedUtcTicks = started.UtcTicks,
            StoppedUtcTicks = stopped.UtcTicks,
            DueUtcTicks = reading.Target is null ? null : reading.Due?.UtcTicks,
            BusinessTicks = reading.Elapsed.Ticks,
            IsBreached = reading.Target is not null && reading.IsBreached,
            IsFirstResponse = isFirstResponse,
            StopReason = reading.StopReason ?? SlaStopReason.AgentReply,
            StoppedMonth = (local.Year * 100) + local.Month,
        };
    }
}
