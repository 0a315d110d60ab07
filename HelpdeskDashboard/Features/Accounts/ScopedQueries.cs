using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Billing;
using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Tickets;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Accounts;

/// <summary>
/// The gate every ticket, time-entry and customer query goes through: a customer user sees only their own
/// customer's rows, the support team sees everything, anyone else sees nothing. A row outside the scope
/// looks exactly like a missing one, so endpoints answer 404 and reveal nothing about other customers.
/// </summary>
public sealed class ScopedQueries(ICurrentUser currentUser, IDbContextFactory<HelpdeskDbContext> contextFactory)
{
    public async Task<AccessScope> GetScopeAsync()
    {
        if (await currentUser.IsAuthorizedAsync(Policies.Agent))
        {
            return AccessScope.Everything;
        }

        if (await currentUser.IsAuthorizedAsync(Policies.Customer)
            && (await currentUser.GetAsync()).CustomerId is { } customerId)
        {
            return AccessScope.OneCustomer(customerId);
        }

        return AccessScope.Nothing;
    }

    public async Task<IQueryable<Ticket>> TicketsAsync(HelpdeskDbContext db) => (await GetScopeAsync()).Tickets(db);

    public async Task<IQueryable<TimeEntry>> TimeEntriesAsync(HelpdeskDbContext db) => (await GetScopeAsync()).TimeEntries(db);

    public async Task<IQueryable<Customer>> CustomersAsync(HelpdeskDbContext db) => (await GetScopeAsync()).Customers(db);

    /// <summary>The ticket, tracked by <paramref name="db"/> for changes, or null when it is missing or not the user's to see.</summary>
    public async Task<Ticket?> FindTicketAsync(HelpdeskDbContext db, int id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await (await TicketsAsync(db)).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
    }

    /// <summary>A read-only copy of the ticket, or null when it is missing or not the user's to see.</summary>
    public async Task<Ticket?> FindTicketAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await (await TicketsAsync(db)).AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
    }
}
