namespace HelpdeskDashboard.Features.Sla;

/// <summary>
/// What happened on a ticket, as far as the response clock cares. The Tickets feature maps its messages and
/// status changes onto these; the engine replays them in time order (ties keep their given order).
/// </summary>
public abstract record SlaClockEvent(DateTimeOffset At)
{
    /// <summary>
    /// A message from the customer. It starts a clock only when none is running: the ticket's first message, or the
    /// first one after an agent reply or a resolution. A message while a clock runs does not restart it.
    /// </summary>
    public sealed record CustomerMessage : SlaClockEvent
    {
        /// <param name="at">When the customer wrote.</param>
        /// <param name="target">
        /// The customer's tier response target at this moment, recorded with the message; null for Basic (no SLA).
        /// </param>
        public CustomerMessage(DateTimeOffset at, TimeSpan? target)
            : base(at)
        {
            if (target <= TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(target), target, "A response target must be positive; use null for no SLA.");
            }

            Target = target;
        }

        public TimeSpan? Target { get; }
    }

    /// <summary>An agent's public reply: stops a running clock.</summary>
    public sealed record AgentReply(DateTimeOffset At) : SlaClockEvent(At);

    /// <summary>An agent's internal note: the customer does not see it, so it does not stop the clock.</summary>
    public sealed record InternalNote(DateTimeOffset At) : SlaClockEvent(At);

    /// <summary>
    /// The ticket's status changed. A non-null <paramref name="PauseReason"/> pauses the clock from <paramref name="At"/>
    /// on (also a clock that starts later); null lets it run again. The engine never unpauses on its own: when a customer
    /// reply reopens a waiting ticket, the Tickets feature reports that status change as well.
    /// </summary>
    public sealed record StatusChanged(DateTimeOffset At, SlaPauseReason? PauseReason) : SlaClockEvent(At);

    /// <summary>The ticket was resolved or closed: stops a running clock like a reply and ends any pause.</summary>
    public sealed record Resolved(DateTimeOffset At) : SlaClockEvent(At);
}
