using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Tickets;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Billing.Usage;

/// <summary>One customer's statement for a month.</summary>
public sealed record CustomerStatement(int CustomerId, string CustomerName, MonthlyUsage Usage);

/// <summary>Usage and statements for people other than the customer (<see cref="BillingQueries"/>).</summary>
public interface IBillingQueries
{
    BillingMonth CurrentMonth { get; }

    /// <summary>The running month of the ticket's customer, for the support team; null for anyone else or an unknown ticket.</summary>
    Task<CustomerStatement?> CurrentUsageForTicketAsync(int ticketId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<CustomerStatement>> StatementsAsync(BillingMonth month, CancellationToken cancellationToken = default);
}

/// <summary>
/// Usage and statements for people other than the customer: the ticket page's over-hours warning (support team) and
/// the company's monthly statements (managers). Permissions are checked here, not only by the pages.
/// </summary>
public sealed class BillingQueries(
    IDbContextFactory<HelpdeskDbContext> dbFactory, ICurrentUser currentUser, ScopedQueries scopedQueries, TimeProvider timeProvider, UsageLedger ledger) : IBillingQueries
{
    public BillingMonth CurrentMonth => ledger.MonthOf(timeProvider.GetUtcNow());

    /// <summary>The running month of the ticket's customer, for the support team; null for anyone else or an unknown ticket.</summary>
    public async Task<CustomerStatement?> CurrentUsageForTicketAsync(int ticketId, CancellationToken cancellationToken = default)
    {
        if (!await currentUser.IsAuthorizedAsync(Policies.Agent))
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customerId = await (await scopedQueries.TicketsAsync(db)).Where(t => t.Id == ticketId).Select(t => (int?)t.CustomerId)
            .FirstOrDefaultAsync(cancellationToken);
        if (customerId is null)
        {
            return null;
        }

        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == customerId, cancellationToken);
        return new CustomerStatement(customer.Id, customer.CompanyName, await ledger.ComputeAsync(db, customer, CurrentMonth, cancellationToken));
    }

    /// <summary>Every customer's statement for <paramref name="month"/>, by company name; managers only.</summary>
    public async Task<IReadOnlyList<CustomerStatement>> StatementsAsync(BillingMonth month, CancellationToken cancellationToken = default)
    {
        await currentUser.EnsureManagerAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customers = await db.Customers.AsNoTracking().OrderBy(c => c.CompanyName).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        var usage = await ledger.ComputeAsync(db, customers, month, cancellationToken);
        return [.. customers.Select(c => new CustomerStatement(c.Id, c.CompanyName, usage[c.Id]))];
    }
}
