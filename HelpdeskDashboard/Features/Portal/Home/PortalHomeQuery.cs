using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Billing.Usage;
using HelpdeskDashboard.Features.Portal.Tickets;
using HelpdeskDashboard.Features.Tiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Features.Portal.Home;

public sealed record TierHistoryRow(string Quarter, Tier Tier, TierAssignmentReason Reason, Tier? PreviousTier, long TurnoverCents);

/// <summary>Everything the customer's home page shows, for the signed-in customer's own company only.</summary>
public sealed record PortalHome(
    int CustomerId,
    string CompanyName,
    string SignedInAs,
    TierDefinition Tier,
    TierDefinition? NextTier,
    MonthlyUsage Current,
    IReadOnlyList<MonthlyUsage> LastTwelveMonths,
    IReadOnlyList<TierHistoryRow> TierHistory,
    string CommunityForumUrl,
    int MaxHoursPerPurchase);

public interface IPortalHomeQuery
{
    /// <summary>The signed-in customer's home; null for anyone who is not a customer user linked to a company.</summary>
    Task<PortalHome?> GetAsync(CancellationToken cancellationToken = default);
}

/// <summary>The customer id comes from the user's claim, never from the page, so nobody can ask for another company.</summary>
public sealed class PortalHomeQuery(
    IDbContextFactory<HelpdeskDbContext> dbFactory, ICurrentUser currentUser, TimeProvider timeProvider, UsageLedger ledger, TierCatalog catalog,
    IOptions<PortalTicketsOptions> portalOptions)
    : IPortalHomeQuery
{
    public const int ChartMonths = 12;

    public async Task<PortalHome?> GetAsync(CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetAsync();
        if (!await currentUser.IsAuthorizedAsync(Policies.Customer) || user.CustomerId is not { } customerId)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customer = await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == customerId, cancellationToken);
        if (customer is null)
        {
            return null;
        }

        var current = ledger.MonthOf(timeProvider.GetUtcNow());
        var months = new List<MonthlyUsage>(ChartMonths);
        for (var back = ChartMonths - 1; back >= 0; back--)
        {
            months.Add(await ledger.ComputeAsync(db, customer, current.AddMonths(-back), cancellationToken));
        }

        var history = await db.TierAssignments.AsNoTracking()
            .Where(a => a.CustomerId == customerId)
            .OrderByDescending(a => a.Year).ThenByDescending(a => a.Quarter)
            .Select(a => new TierHistoryRow(a.Year + "-Q" + a.Quarter, a.Tier, a.Reason, a.PreviousTier, a.TurnoverCents))
            .ToListAsync(cancellationToken);

        var usage = months[^1];
        return new PortalHome(
            customer.Id,
            customer.CompanyName,
            user.DisplayName,
            usage.Tier,
            catalog.All.FirstOrDefault(t => t.PriorityRank > usage.Tier.PriorityRank),
            usage,
            months,
            history,
            portalOptions.Value.CommunityForumUrl,
            ledger.Options.MaxHoursPerPurchase);
    }
}
