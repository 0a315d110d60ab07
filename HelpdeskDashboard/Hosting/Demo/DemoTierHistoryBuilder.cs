using System.Globalization;
using HelpdeskDashboard.Features.Audit;
using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.TierRecalculation;
using HelpdeskDashboard.Features.Tiers;

namespace HelpdeskDashboard.Hosting.Demo;

/// <summary>
/// Decides each customer's tier for the last four quarters (the current one included) the way the quarterly job
/// does, with its <see cref="TierRule"/>: the previous quarter's turnover, lifted by a subscription active at the
/// quarter's start. Sets the customer's current tier.
/// </summary>
internal sealed class DemoTierHistoryBuilder(DemoClock clock, TierRule rule)
{
    public const int Quarters = 4;

    public void Build(DemoDataSet data)
    {
        foreach (var customer in data.Customers)
        {
            Tier? previous = null;
            var tierSince = 0L;
            for (var offset = 1 - Quarters; offset <= 0; offset++)
            {
                var assignment = Decide(data, customer, clock.CurrentQuarter.Offset(offset), previous);
                assignment.Id = data.TierAssignments.Count + 1;
                data.TierAssignments.Add(assignment);
                if (previous != assignment.Tier)
                {
                    tierSince = assignment.CreatedUtcTicks;
                    if (previous is not null)
                    {
                        data.AuditEntries.Add(TierChanged(data.AuditEntries.Count + 1, customer, assignment));
                    }
                }

                previous = assignment.Tier;
            }

            customer.CurrentTier = previous ?? Tier.Basic;
            customer.TierSinceUtcTicks = tierSince;
        }
    }

    private TierAssignment Decide(DemoDataSet data, Customer customer, DemoQuarter quarter, Tier? previous)
    {
        var start = clock.StartOf(quarter);
        var basisStart = clock.StartOf(quarter.Previous()).UtcTicks;
        var turnover = data.Orders
            .Where(o => o.CustomerId == customer.Id && o.OrderedUtcTicks >= basisStart && o.OrderedUtcTicks < start.UtcTicks)
            .Sum(o => o.AmountCents);
        var subscription = TierRule.ActiveAt(customer.SubscriptionTier, customer.SubscriptionStartUtcTicks, customer.SubscriptionEndUtcTicks, start.UtcTicks);
        var (tier, reason) = rule.Decide(turnover, subscription);

        // The quarterly job runs in the first minutes of the quarter; never later than "now".
        var decidedAt = Math.Min(start.AddMinutes(5).UtcTicks, clock.Now.UtcTicks);
        return new TierAssignment
        {
            CustomerId = customer.Id,
            Year = quarter.Year,
            Quarter = quarter.Number,
            TurnoverCents = turnover,
            Tier = tier,
            PreviousTier = previous,
            Reason = previous is null ? TierAssignmentReason.Initial : reason,
            CreatedUtcTicks = decidedAt,
        };
    }

    private static AuditEntry TierChanged(long id, Customer customer, TierAssignment assignment) => new()
    {
        Id = id,
        AtUtcTicks = assignment.CreatedUtcTicks,
        Actor = "system",
        Action = "TierChanged",
        EntityType = nameof(Customer),
        EntityId = customer.Id.ToString(CultureInfo.InvariantCulture),
        OldValue = assignment.PreviousTier?.ToString(),
        NewValue = assignment.Tier.ToString(),
        Reason = $"{assignment.QuarterLabel}: {assignment.Reason}, previous quarter's turnover {(assignment.TurnoverCents / 100m).ToString("N2", CultureInfo.InvariantCulture)} EUR",
    };
}

/// <summary>The tier a customer held at an instant, from the assignments (the quarter containing it).</summary>
internal sealed class DemoTierLookup(DemoClock clock, DemoDataSet data)
{
    private readonly Dictionary<(int, DemoQuarter), Tier> _byQuarter =
        data.TierAssignments.ToDictionary(a => (a.CustomerId, new DemoQuarter(a.Year, a.Quarter)), a => a.Tier);

    public Tier At(int customerId, DateTimeOffset instant) =>
        _byQuarter.TryGetValue((customerId, clock.QuarterOf(instant)), out var tier)
            ? tier
            : throw new InvalidOperationException($"Customer {customerId} has no tier for {clock.QuarterOf(instant)}; demo instants must lie in the last four quarters.");
}
