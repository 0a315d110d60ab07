using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Customers;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Tickets.ResponseClock;

/// <summary>
/// Loads what the response clock needs for many tickets at once: one query for the messages (without their bodies),
/// one for the status changes, whatever the number of tickets.
/// </summary>
internal static class TicketHistoryQueries
{
    public static async Task<ILookup<int, TicketMessage>> ClockMessagesAsync(
        HelpdeskDbContext db, IReadOnlyCollection<int> ticketIds, CancellationToken cancellationToken)
    {
        var rows = await db.TicketMessages.AsNoTracking()
            .Where(m => ticketIds.Contains(m.TicketId))
            .Select(m => new TicketMessage
            {
                Id = m.Id,
                TicketId = m.TicketId,
                AuthorKind = m.AuthorKind,
                IsInternalNote = m.IsInternalNote,
                CreatedUtcTicks = m.CreatedUtcTicks,
                Body = "",
            })
            .ToListAsync(cancellationToken);
        return rows.ToLookup(m => m.TicketId);
    }

    public static async Task<ILookup<int, TicketStatusChange>> StatusChangesAsync(
        HelpdeskDbContext db, IReadOnlyCollection<int> ticketIds, CancellationToken cancellationToken)
    {
        var rows = await db.TicketStatusChanges.AsNoTracking()
            .Where(c => ticketIds.Contains(c.TicketId))
            .ToListAsync(cancellationToken);
        return rows.ToLookup(c => c.TicketId);
    }

    /// <summary>The customer's tier over time, for targets of clocks other than the current one.</summary>
    public static async Task<CustomerTierHistory> TierHistoryAsync(
        HelpdeskDbContext db, Customer customer, TimeZoneInfo companyZone, CancellationToken cancellationToken)
    {
        var assignments = await db.TierAssignments.AsNoTracking()
            .Where(a => a.CustomerId == customer.Id)
            .ToListAsync(cancellationToken);
        return CustomerTierHistory.Of(customer, assignments, companyZone);
    }
}
