using HelpdeskDashboard.Features.Tickets;

namespace HelpdeskDashboard.Tests.Features.Tickets.Support;

/// <summary>Compares published changes with their agent ids by content (order included), not by list reference.</summary>
internal sealed class TicketChangedComparer : IEqualityComparer<TicketChanged>
{
    public static TicketChangedComparer Instance { get; } = new();

    public bool Equals(TicketChanged? x, TicketChanged? y) =>
        x is not null && y is not null && x.TicketId == y.TicketId && x.Kind == y.Kind
        && (x.AgentIds ?? []).SequenceEqual(y.AgentIds ?? []);

    public int GetHashCode(TicketChanged obj) => HashCode.Combine(obj.TicketId, obj.Kind);
}
