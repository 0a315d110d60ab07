using HelpdeskDashboard.Platform.Changes;

namespace HelpdeskDashboard.Features.Tickets;

/// <summary>
/// Services publish the id of a ticket that changed (after the change is committed); every open board or ticket page
/// re-queries it under its own user's permissions. Only ids travel, never data. A singleton per app instance; on
/// PostgreSQL the changes reach every instance (channel "helpdesk_tickets"), and a missed change is heard as
/// <see cref="TicketChanged.DeadlinesRecalculated"/>: everybody re-reads.
/// </summary>
public sealed class TicketChangeHub(ILogger<TicketChangeHub> logger, ChangeRelay? relay = null)
    : ChangeHub<TicketChanged>(logger, relay, "helpdesk_tickets", TicketChanged.DeadlinesRecalculated);

/// <summary>What changed, by id only. <paramref name="AgentIds"/> names agents directly concerned (e.g. old and new assignee).</summary>
public sealed record TicketChanged(int TicketId, TicketChangeKind Kind, IReadOnlyList<int>? AgentIds = null)
{
    /// <summary>Every open ticket's deadline may have moved (the business calendar changed): everybody re-reads.</summary>
    public static TicketChanged DeadlinesRecalculated { get; } = new(0, TicketChangeKind.DeadlinesRecalculated);

    /// <summary>True when a page showing ticket <paramref name="ticketId"/> should re-read it.</summary>
    public bool Concerns(int ticketId) => TicketId == ticketId || Kind == TicketChangeKind.DeadlinesRecalculated;
}

public enum TicketChangeKind
{
    Created,
    CustomerMessage,
    AgentReply,
    InternalNote,
    StatusChanged,
    Assigned,
    TimeLogged,

    /// <summary>Not one ticket: the calendar changed and due instants were recomputed (<see cref="TicketChanged.TicketId"/> is 0).</summary>
    DeadlinesRecalculated,
}
