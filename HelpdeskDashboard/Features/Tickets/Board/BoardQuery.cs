using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Tickets.ResponseClock;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Tickets.Board;

/// <summary>
/// The agents' board. Filtering, sorting, counting and paging run in SQL on the denormalised SLA columns that the
/// workflow keeps up to date (see <see cref="BoardSlaMoment"/> for why those filters are exact). Each row's
/// <see cref="Sla.SlaReading"/> is then read by the engine from the page's own history, loaded in two queries for
/// the whole page: the columns alone cannot give the elapsed time of a paused or answered clock.
/// </summary>
public sealed class BoardQuery(
    IDbContextFactory<HelpdeskDbContext> dbFactory,
    ICurrentUser currentUser,
    ScopedQueries scopedQueries,
    TimeProvider timeProvider,
    TicketClock clock,
    CompanyClock companyClock,
    SharedBoardPages sharedPages) : IBoardQuery
{
    public const int MaxPageSize = 200;

    public async Task<BoardPage> GetPageAsync(BoardFilter filter, int skip, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(take, MaxPageSize);

        var now = timeProvider.GetUtcNow();
        if (!await currentUser.IsAuthorizedAsync(Policies.Agent))
        {
            return new BoardPage([], 0, new BoardCounters(0, 0, 0), now); // customers never see the board, whatever page asks
        }

        // Every board in the same view reads the page once per change (SharedBoardPages); the key carries what the
        // page depends on besides the data: the view, the reader's access and, for "Mine", who "me" is.
        var access = await scopedQueries.GetScopeAsync();
        var agentId = (await currentUser.GetAsync()).AgentId;
        var key = new BoardPageKey(filter, skip, take, access, filter.Scope == BoardScope.Mine ? agentId : null);
        return await sharedPages.GetAsync(key, () => ReadPageAsync(filter, skip, take, access, agentId), cancellationToken);
    }

    // Not cancelled by one caller: other boards may be waiting for the same read.
    private async Task<BoardPage> ReadPageAsync(BoardFilter filter, int skip, int take, AccessScope access, int? agentId)
    {
        var now = timeProvider.GetUtcNow();
        var moment = new BoardSlaMoment(clock.Calendar, companyClock, now);

        await using var db = await dbFactory.CreateDbContextAsync();
        var open = OpenTickets(access.Tickets(db));
        var customers = access.Apply(db.Customers, c => c.Id);

        // The counters count the view without its SLA state filter: each says what its own filter would show.
        var ilike = db.Database.IsNpgsql();
        var counters = await CountAsync(Filter(open, customers, filter with { Sla = BoardSlaFilter.Any }, agentId, moment, ilike), moment, CancellationToken.None);

        var filtered = Filter(open, customers, filter, agentId, moment, ilike);
        var total = await filtered.CountAsync();
        var tickets = await Project(BoardOrder.Apply(filtered, filter.Sort, filter.Descending).Skip(skip).Take(take)).ToListAsync();
        var rows = await ToRowsAsync(db, tickets, now, CancellationToken.None);
        return new BoardPage(rows, total, counters, now);
    }

    public async Task<int> CountAsync(BoardFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (!await currentUser.IsAuthorizedAsync(Policies.Agent))
        {
            return 0;
        }

        var agentId = (await currentUser.GetAsync()).AgentId;
        var moment = new BoardSlaMoment(clock.Calendar, companyClock, timeProvider.GetUtcNow());
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var open = OpenTickets(await scopedQueries.TicketsAsync(db));
        return await Filter(open, await scopedQueries.CustomersAsync(db), filter, agentId, moment, db.Database.IsNpgsql()).CountAsync(cancellationToken);
    }

    public async Task<BoardRow?> GetRowAsync(int ticketId, CancellationToken cancellationToken = default)
    {
        if (!await currentUser.IsAuthorizedAsync(Policies.Agent))
        {
            return null;
        }

        var now = timeProvider.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tickets = await Project(OpenTickets(await scopedQueries.TicketsAsync(db)).Where(t => t.Id == ticketId)).ToListAsync(cancellationToken);
        var rows = await ToRowsAsync(db, tickets, now, cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    // Spelled out (not "not Resolved or Closed") so SQLite can use the (Status, ...) indexes.
    private static IQueryable<Ticket> OpenTickets(IQueryable<Ticket> tickets) => tickets.Where(t =>
        t.Status == TicketStatus.New || t.Status == TicketStatus.Open || t.Status == TicketStatus.WaitingOnCustomer || t.Status == TicketStatus.OnHold);

    private static async Task<BoardCounters> CountAsync(IQueryable<Ticket> open, BoardSlaMoment moment, CancellationToken cancellationToken)
    {
        var breached = await open.CountAsync(moment.Breached, cancellationToken);
        var atRisk = await open.CountAsync(moment.AtRisk, cancellationToken);
        var dueToday = await open.CountAsync(moment.DueToday, cancellationToken);
        return new BoardCounters(breached, atRisk, dueToday);
    }

    private static IQueryable<Ticket> Filter(
        IQueryable<Ticket> open, IQueryable<Customer> customers, BoardFilter filter, int? agentId, BoardSlaMoment moment, bool ilike)
    {
        var query = filter.Scope switch
        {
            BoardScope.All => open,
            BoardScope.Mine when agentId is { } me => open.Where(t => t.AssigneeAgentId == me),
            BoardScope.Mine => open.Where(_ => false), // a support account without an agent row has no tickets of its own
            BoardScope.Unassigned => open.Where(t => t.AssigneeAgentId == null),
            _ => throw new ArgumentOutOfRangeException(nameof(filter), filter.Scope, "Unknown board scope."),
        };

        if (filter.Tier is { } tier)
        {
            query = query.Where(t => t.Customer!.CurrentTier == tier);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            // SQLite's LIKE ignores case for ASCII letters only ("MÜLLER" does not find "Müller"); PostgreSQL's LIKE never
            // does, its ILIKE always. The customers are matched once in a subquery; a join would look every ticket's customer up.
            var pattern = $"%{LikePattern.Escape(filter.Search.Trim())}%";
            var matching = customers
                .Where(CaseInsensitiveLike.For<Customer>(c => EF.Functions.Like(c.CompanyName, pattern, LikePattern.EscapeCharacter), ilike))
                .Select(c => c.Id);
            query = query.Where(CaseInsensitiveLike.For<Ticket>(
                t => EF.Functions.Like(t.Subject, pattern, LikePattern.EscapeCharacter) || matching.Contains(t.CustomerId), ilike));
        }

        return filter.Sla == BoardSlaFilter.Any ? query : query.Where(moment.For(filter.Sla));
    }

    private static IQueryable<BoardTicket> Project(IQueryable<Ticket> tickets) => tickets.Select(t => new BoardTicket(
        t.Id,
        t.Version,
        t.CustomerId,
        t.Customer!.CompanyName,
        t.Customer.CurrentTier,
        t.Subject,
        t.Kind,
        t.Status,
        t.AssigneeAgentId,
        t.Assignee == null ? null : t.Assignee.DisplayName,
        t.ResponseClockStartedUtcTicks,
        t.ResponseTargetTicks));

    /// <summary>Reads every row's clock from its history: two queries for the whole page, none per row.</summary>
    private async Task<List<BoardRow>> ToRowsAsync(
        HelpdeskDbContext db, List<BoardTicket> tickets, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (tickets.Count == 0)
        {
            return [];
        }

        var ids = tickets.Select(t => t.Id).ToArray();
        var messages = await TicketHistoryQueries.ClockMessagesAsync(db, ids, cancellationToken);
        var changes = await TicketHistoryQueries.StatusChangesAsync(db, ids, cancellationToken);

        // The reading is the current clock's, whose target is recorded on the ticket; the customer's current tier
        // only stands in for earlier clocks, which the reading does not look at.
        return tickets.Select(t =>
        {
            var events = clock.Events(t.ClockStartedUtcTicks, t.TargetTicks, CustomerTierHistory.CurrentOnly(t.Tier), messages[t.Id], changes[t.Id]);
            return new BoardRow(
                t.Id, t.Version, t.CustomerId, t.CustomerName, t.Tier, t.Subject, t.Kind, t.Status, t.AssigneeAgentId, t.AssigneeName,
                clock.Read(events, now));
        }).ToList();
    }

    private sealed record BoardTicket(
        int Id,
        int Version,
        int CustomerId,
        string CustomerName,
        Tier Tier,
        string Subject,
        TicketKind Kind,
        TicketStatus Status,
        int? AssigneeAgentId,
        string? AssigneeName,
        long? ClockStartedUtcTicks,
        long? TargetTicks);
}
