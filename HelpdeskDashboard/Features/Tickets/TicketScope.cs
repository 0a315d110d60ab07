using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Tickets;

/// <summary>Tickets through the access gate (<see cref="ScopedQueries"/>): another customer's ticket looks missing.</summary>
public static class TicketScope
{
    public static IQueryable<Ticket> Tickets(this AccessScope scope, HelpdeskDbContext db)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(db);
        return scope.Apply(db.Tickets, t => t.CustomerId);
    }

    public static async Task<IQueryable<Ticket>> TicketsAsync(this ScopedQueries queries, HelpdeskDbContext db)
    {
        ArgumentNullException.ThrowIfNull(queries);
        return (await queries.GetScopeAsync()).Tickets(db);
    }

    /// <summary>The ticket, tracked by <paramref name="db"/> for changes, or null when it is missing or not the user's to see.</summary>
    public static async Task<Ticket?> FindTicketAsync(
        this ScopedQueries queries, HelpdeskDbContext db, int id, CancellationToken cancellationToken = default) =>
        await (await queries.TicketsAsync(db)).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
}
