namespace HelpdeskDashboard.Features.Tickets.Board;

/// <summary>
/// Most urgent first: clocks counting down by due instant, the higher tier priority first on an equal due instant,
/// then tickets without a counting due instant (paused, no SLA, already answered) by priority; the id breaks ties
/// so that paging is stable.
/// </summary>
internal static class BoardOrder
{
    public static IOrderedQueryable<Ticket> Apply(IQueryable<Ticket> tickets) => tickets
        // An answered ticket keeps its old due instant (it records whether the SLA was met); it is no longer urgent.
        .OrderBy(t => t.AwaitingResponse && t.ResponseDueUtcTicks != null ? 0 : 1)
        .ThenBy(t => t.AwaitingResponse ? t.ResponseDueUtcTicks : null)
        .ThenByDescending(t => t.Priority)
        .ThenBy(t => t.Id);
}
