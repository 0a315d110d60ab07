using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tiers;

namespace HelpdeskDashboard.Features.Tickets.Board;

/// <summary>Whose tickets the board lists.</summary>
public enum BoardScope
{
    All,
    Mine,
    Unassigned,
}

/// <summary>Filter by the SLA state at the moment of the query.</summary>
public enum BoardSlaFilter
{
    Any,
    Running,
    AtRisk,
    Breached,
    Paused,
    OutsideBusinessHours,
    NoSla,

    /// <summary>A live clock due on today's company date, breached ones included (the counter of that name).</summary>
    DueToday,
}

/// <summary>The column the board is sorted by; <see cref="Due"/> is the board's urgency order.</summary>
public enum BoardSort
{
    Due,
    Customer,
    Tier,
    Subject,
    Kind,
    Status,
    Assignee,
}

public sealed record BoardFilter(
    BoardScope Scope = BoardScope.All,
    Tier? Tier = null,
    BoardSlaFilter Sla = BoardSlaFilter.Any,
    string? Search = null,
    BoardSort Sort = BoardSort.Due,
    bool Descending = false);

/// <summary>One open ticket on the board; <see cref="Sla"/> is read at the query's instant and advanced by the countdown.</summary>
public sealed record BoardRow(
    int TicketId,
    int Version,
    int CustomerId,
    string CustomerName,
    Tier Tier,
    string Subject,
    TicketKind Kind,
    TicketStatus Status,
    int? AssigneeAgentId,
    string? AssigneeName,
    SlaReading Sla);

/// <summary>
/// Counters over the open tickets in the board's current view (scope, tier and search), whatever its SLA state
/// filter: they say how many of these tickets each state filter would show.
/// </summary>
public sealed record BoardCounters(int Breached, int AtRisk, int DueToday);

public sealed record BoardPage(IReadOnlyList<BoardRow> Rows, int TotalCount, BoardCounters Counters, DateTimeOffset AsOf);

/// <summary>
/// Open tickets sorted by urgency: due instant first, higher tier priority first on equal due; tickets without a due
/// instant (paused, no SLA) after those with one. Filtered through the signed-in user's permissions.
/// </summary>
public interface IBoardQuery
{
    Task<BoardPage> GetPageAsync(BoardFilter filter, int skip, int take, CancellationToken cancellationToken = default);

    /// <summary>How many open tickets the view shows (a saved view's count); 0 for anyone outside the support team.</summary>
    Task<int> CountAsync(BoardFilter filter, CancellationToken cancellationToken = default);

    /// <summary>One row afresh (after a change notification); null when it is no longer open or not visible to the user.</summary>
    Task<BoardRow?> GetRowAsync(int ticketId, CancellationToken cancellationToken = default);
}
