using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Customers;

namespace HelpdeskDashboard.Features.Accounts;

/// <summary>
/// The gate every customer-owned query goes through: a customer user sees only their own customer's rows, the
/// support team sees everything, anyone else sees nothing. A row outside the scope looks exactly like a missing one,
/// so endpoints answer 404 and reveal nothing about other customers. Tickets and time entries add their own
/// entry points (<c>TicketScope</c>, <c>TimeEntryScope</c>) on top of <see cref="GetScopeAsync"/>.
/// </summary>
public sealed class ScopedQueries(ICurrentUser currentUser)
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

    public async Task<IQueryable<Customer>> CustomersAsync(HelpdeskDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return (await GetScopeAsync()).Apply(db.Customers, c => c.Id);
    }
}
