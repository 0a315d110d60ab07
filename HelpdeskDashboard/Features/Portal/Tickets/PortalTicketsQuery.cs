using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.ResponseClock;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Portal.Tickets;

/// <summary>
/// The signed-in customer's tickets, read through <see cref="ScopedQueries"/> so only their own company's rows exist.
/// Open tickets come first (soonest due first, those without a due time after them, newest first), then finished
/// ones, most recently changed first. Each row's SLA is read by the engine from the row's history, as the board does.
/// </summary>
public sealed class PortalTicketsQuery(
    IDbContextFactory<HelpdeskDbContext> dbFactory,
    ICurrentUser currentUser,
    ScopedQueries scopedQueries,
    TimeProvider timeProvider,
    TicketClock clock)
{
    public const int PageSize = 20;

    public const int MaxPageSize = 100;

    public async Task<PortalTicketPage> GetPageAsync(int skip, int take = PageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(take, MaxPageSize);

        var now = timeProvider.GetUtcNow();

        // The portal is the customer's own view; the support team has the board.
        if (!await currentUser.IsAuthorizedAsync(Policies.Customer))
        {
            return PortalTicketPage.Empty(now);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tickets = await scopedQueries.TicketsAsync(db);
        var total = await tickets.CountAsync(cancellationToken);
        var openCount = await tickets.CountAsync(t => t.Status != TicketStatus.Resolved && t.Status != TicketStatus.Closed, cancellationToken);

        var page = await tickets
            .OrderBy(t => t.Status == TicketStatus.Resolved || t.Status == TicketStatus.Closed)
            .ThenBy(t => t.AwaitingResponse && t.ResponseDueUtcTicks != null ? 0 : 1)
            .ThenBy(t => t.AwaitingResponse ? t.ResponseDueUtcTicks : null)
            .ThenByDescending(t => t.UpdatedUtcTicks)
            .ThenByDescending(t => t.Id)
            .Skip(skip)
            .Take(take)
            .Select(t => new
            {
                t.Id,
                t.Subject,
                t.Kind,
                t.Status,
                AssigneeName = t.Assignee == null ? null : t.Assignee.DisplayName,
                t.CreatedUtcTicks,
                t.ResponseClockStartedUtcTicks,
                t.ResponseTargetTicks,
                t.Customer!.CurrentTier,
            })
            .ToListAsync(cancellationToken);
        if (page.Count == 0)
        {
            return new PortalTicketPage([], total, openCount, now);
        }

        var ids = page.Select(t => t.Id).ToArray();
        var messages = await TicketHistoryQueries.ClockMessagesAsync(db, ids, cancellationToken);
        var changes = await TicketHistoryQueries.StatusChangesAsync(db, ids, cancellationToken);
        var rows = page.Select(t =>
        {
            var events = clock.Events(
                t.ResponseClockStartedUtcTicks, t.ResponseTargetTicks, CustomerTierHistory.CurrentOnly(t.CurrentTier), messages[t.Id], changes[t.Id]);
            return new PortalTicketRow(
                t.Id, t.Subject, t.Kind, t.Status, InquiryText.AssigneeFirstName(t.AssigneeName),
                new DateTimeOffset(t.CreatedUtcTicks, TimeSpan.Zero), clock.Read(events, now));
        }).ToList();
        return new PortalTicketPage(rows, total, openCount, now);
    }
}
