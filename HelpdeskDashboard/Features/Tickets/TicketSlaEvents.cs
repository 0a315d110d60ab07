using HelpdeskDashboard.Features.Sla;

namespace HelpdeskDashboard.Features.Tickets;

/// <summary>
/// Translates a ticket's conversation and status history into the events the <see cref="SlaEngine"/> replays.
/// Pure: the caller supplies the response target that applies at an instant (see <see cref="ResponseClock.ResponseTargets"/>).
/// </summary>
public static class TicketSlaEvents
{
    /// <summary>
    /// The events in time order. On equal instants messages come before status changes (each in id order): the
    /// workflow writes the message first and the status change it causes second (a customer's answer reopening a
    /// waiting ticket, an agent's reply opening a new one), and a reply followed by "waiting on customer" at the same
    /// instant stops an unpaused clock. System messages (automatic notes) do not affect the clock.
    /// </summary>
    /// <param name="responseTargetAt">The target a clock starting at that instant gets; null for no SLA.</param>
    public static IReadOnlyList<SlaClockEvent> From(
        IEnumerable<TicketMessage> messages,
        IEnumerable<TicketStatusChange> statusChanges,
        Func<DateTimeOffset, TimeSpan?> responseTargetAt)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(statusChanges);
        ArgumentNullException.ThrowIfNull(responseTargetAt);

        var fromStatus = statusChanges
            .OrderBy(c => c.AtUtcTicks).ThenBy(c => c.Id)
            .Select(c => (c.AtUtcTicks, Rank: 1, Event: FromStatusChange(c)));
        var fromMessages = messages
            .Where(m => m.AuthorKind != MessageAuthorKind.System)
            .OrderBy(m => m.CreatedUtcTicks).ThenBy(m => m.Id)
            .Select(m => (AtUtcTicks: m.CreatedUtcTicks, Rank: 0, Event: FromMessage(m, responseTargetAt)));

        // OrderBy is stable, so the id order within each source survives the merge.
        return fromMessages.Concat(fromStatus)
            .OrderBy(e => e.AtUtcTicks).ThenBy(e => e.Rank)
            .Select(e => e.Event)
            .ToList();
    }

    /// <summary>Whether the status pauses the response clock, and why.</summary>
    public static SlaPauseReason? PauseReasonOf(TicketStatus status) => status switch
    {
        TicketStatus.WaitingOnCustomer => SlaPauseReason.WaitingOnCustomer,
        TicketStatus.OnHold => SlaPauseReason.OnHold,
        _ => null,
    };

    public static bool IsFinished(TicketStatus status) => status is TicketStatus.Resolved or TicketStatus.Closed;

    private static SlaClockEvent FromMessage(TicketMessage message, Func<DateTimeOffset, TimeSpan?> responseTargetAt)
    {
        var at = Instant(message.CreatedUtcTicks);
        return message.AuthorKind switch
        {
            MessageAuthorKind.Customer => new SlaClockEvent.CustomerMessage(at, responseTargetAt(at)),
            MessageAuthorKind.Agent when message.IsInternalNote => new SlaClockEvent.InternalNote(at),
            MessageAuthorKind.Agent => new SlaClockEvent.AgentReply(at),
            _ => throw new ArgumentOutOfRangeException(nameof(message), message.AuthorKind, "Unknown message author kind."),
        };
    }

    private static SlaClockEvent FromStatusChange(TicketStatusChange change)
    {
        var at = Instant(change.AtUtcTicks);
        return IsFinished(change.ToStatus)
            ? new SlaClockEvent.Resolved(at)
            : new SlaClockEvent.StatusChanged(at, PauseReasonOf(change.ToStatus));
    }

    internal static DateTimeOffset Instant(long utcTicks) => new(utcTicks, TimeSpan.Zero);
}
