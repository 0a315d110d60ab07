namespace HelpdeskDashboard.Features.Tickets.Board;

/// <summary>
/// Most urgent first: clocks counting down by due instant, the higher tier priority first on an equal due instant,
/// then tickets without a counting due instant (paused, no SLA, already answered) by priority; the id breaks ties
/// so that paging is stable. Sorted by another column, urgency orders the rows within each of its values.
/// </summary>
internal static class BoardOrder
{
    public static IOrderedQueryable<Ticket> Apply(IQueryable<Ticket> tickets) => tickets
        // An answered ticket keeps its old due instant (it records whether the SLA was met); it is no longer urgent.
        .OrderBy(t => t.AwaitingResponse && t.ResponseDueUtcTicks != null ? 0 : 1)
        .ThenBy(t => t.AwaitingResponse ? t.ResponseDueUtcTicks : null)
        .ThenByDescending(t => t.Priority)
        .ThenBy(t => t.Id);

    public static IOrderedQueryable<Ticket> Apply(IQueryable<Ticket> tickets, BoardSort sort, bool descending) => sort switch
    {
        BoardSort.Due when descending => tickets
            // Latest due first; tickets without a counting due instant stay last, as they have no due time to sort by.
            .OrderBy(t => t.AwaitingResponse && t.ResponseDueUtcTicks != null ? 0 : 1)
            .ThenByDescending(t => t.AwaitingResponse ? t.ResponseDueUtcTicks : null)
            .ThenByDescending(t => t.Priority)
            .ThenBy(t => t.Id),
        BoardSort.Due => Apply(tickets),
        BoardSort.Customer => ByUrgency(descending ? tickets.OrderByDescending(t => t.Customer!.CompanyName) : tickets.OrderBy(t => t.Customer!.CompanyName)),
        BoardSort.Tier => ByUrgency(descending ? tickets.OrderByDescending(t => t.Customer!.CurrentTier) : tickets.OrderBy(t => t.Customer!.CurrentTier)),
        BoardSort.Subject => ByUrgency(descending ? tickets.OrderByDescending(t => t.Subject) : tickets.OrderBy(t => t.Subject)),
        BoardSort.Kind => ByUrgency(descending ? tickets.OrderByDescending(t => t.Kind) : tickets.OrderBy(t => t.Kind)),
        BoardSort.Status => ByUrgency(descending ? tickets.OrderByDescending(t => t.Status) : tickets.OrderBy(t => t.Status)),
        // Unassigned tickets come last either way: "nobody" is not a name.
        BoardSort.Assignee => ByUrgency(descending
            ? tickets.OrderBy(t => t.Assignee == null ? 1 : 0).ThenByDescending(t => t.Assignee!.DisplayName)
            : tickets.OrderBy(t => t.Assignee == null ? 1 : 0).ThenBy(t => t.Assignee!.DisplayName)),
        _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, "Unknown board sort."),
    };

    private static IOrderedQueryable<Ticket> ByUrgency(IOrderedQueryable<Ticket> tickets) => tickets
        .ThenBy(t => t.AwaitingResponse && t.ResponseDueUtcTicks != null ? 0 : 1)
        .ThenBy(t => t.AwaitingResponse ? t.ResponseDueUtcTicks : null)
        .ThenByDescending(t => t.Priority)
        .ThenBy(t => t.Id);
}
