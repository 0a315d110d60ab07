using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Features.Billing.Usage;

/// <summary>
/// Reads a month's usage for a set of customers in a handful of grouped queries (never one per customer) and hands
/// it to <see cref="UsageCalculator"/>. No permission checks: callers decide which customers they may pass.
/// </summary>
public sealed class UsageLedger(TierCatalog catalog, CompanyClock clock, IOptions<BillingOptions> options)
{
    public BillingOptions Options => options.Value;

    public BillingMonth MonthOf(DateTimeOffset instant) => BillingMonth.Containing(instant, clock);

    public async Task<IReadOnlyDictionary<int, MonthlyUsage>> ComputeAsync(
        HelpdeskDbContext db, IReadOnlyCollection<Customer> customers, BillingMonth month, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(customers);
        var inputs = await LoadAsync(db, customers, month, cancellationToken);
        var carried = new Dictionary<int, int>();
        if (Options.UnusedHoursRule == UnusedHoursRule.NextMonth)
        {
            // The previous month without its own carry-over: hours move one month at most.
            foreach (var (customerId, input) in await LoadAsync(db, customers, month.Previous, cancellationToken))
            {
                carried[customerId] = UsageCalculator.UnusedForNextMonth(Compute(input), UnusedHoursRule.NextMonth);
            }
        }

        return inputs.ToDictionary(
            pair => pair.Key,
            pair => Compute(pair.Value with { CarriedOverMinutes = carried.GetValueOrDefault(pair.Key) }));
    }

    public async Task<MonthlyUsage> ComputeAsync(HelpdeskDbContext db, Customer customer, BillingMonth month, CancellationToken cancellationToken = default) =>
        (await ComputeAsync(db, [customer], month, cancellationToken))[customer.Id];

    public MonthlyUsage Compute(MonthlyUsageInput input) => UsageCalculator.Compute(input, Options.BillingIncrementMinutes);

    private async Task<Dictionary<int, MonthlyUsageInput>> LoadAsync(
        HelpdeskDbContext db, IReadOnlyCollection<Customer> customers, BillingMonth month, CancellationToken cancellationToken)
    {
        var ids = customers.Select(c => c.Id).ToList();
        var (first, last) = (month.FirstDay, month.LastDay);
        var startTicks = month.StartIn(clock).UtcTicks;
        var endTicks = month.EndIn(clock).UtcTicks;

        var minutes = await (
                from entry in db.TimeEntries
                where ids.Contains(entry.CustomerId) && entry.WorkDate >= first && entry.WorkDate <= last
                join ticket in db.Tickets on entry.TicketId equals ticket.Id
                group entry by new { entry.CustomerId, entry.Billable, IsChange = ticket.Kind == TicketKind.ChangeRequest } into g
                select new { g.Key.CustomerId, g.Key.Billable, g.Key.IsChange, Minutes = g.Sum(e => e.Minutes) })
            .ToListAsync(cancellationToken);

        var projects = await db.Tickets
            .Where(t => ids.Contains(t.CustomerId) && t.Kind == TicketKind.NewProjectRequest
                && t.CreatedUtcTicks >= startTicks && t.CreatedUtcTicks < endTicks)
            .GroupBy(t => t.CustomerId)
            .Select(g => new { CustomerId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.CustomerId, g => g.Count, cancellationToken);

        var purchases = await db.HourPurchases
            .Where(p => ids.Contains(p.CustomerId) && p.Year == month.Year && p.Month == month.Month)
            .GroupBy(p => p.CustomerId)
            .Select(g => new { CustomerId = g.Key, Minutes = g.Sum(p => p.Minutes), Cents = g.Sum(p => p.PriceCents) })
            .ToDictionaryAsync(g => g.CustomerId, cancellationToken);

        var assignments = await db.TierAssignments.AsNoTracking()
            .Where(a => ids.Contains(a.CustomerId) && a.Year == month.Year && a.Quarter == month.Quarter)
            .ToDictionaryAsync(a => a.CustomerId, cancellationToken);

        return customers.ToDictionary(c => c.Id, customer =>
        {
            var held = TierForMonth.Resolve(month, assignments.GetValueOrDefault(customer.Id), customer, clock);
            int Sum(bool billable, bool? isChange) => minutes
                .Where(m => m.CustomerId == customer.Id && m.Billable == billable && (isChange is null || m.IsChange == isChange))
                .Sum(m => m.Minutes);
            var bought = purchases.GetValueOrDefault(customer.Id);
            return new MonthlyUsageInput
            {
                Month = month,
                Tier = catalog.Get(held.Tier),
                TierSource = held.Source,
                SupportMinutes = Sum(billable: true, isChange: false),
                ChangeRequestMinutes = Sum(billable: true, isChange: true),
                NonBillableMinutes = Sum(billable: false, isChange: null),
                PurchasedMinutes = bought?.Minutes ?? 0,
                PurchasesCents = bought?.Cents ?? 0,
                NewProjectRequests = projects.GetValueOrDefault(customer.Id),
                Subscription = TierForMonth.SubscriptionIn(month, customer, clock, catalog),
            };
        });
    }
}
