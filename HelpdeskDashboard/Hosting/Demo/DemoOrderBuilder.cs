using HelpdeskDashboard.Features.Orders;
using HelpdeskDashboard.Features.TierRecalculation;

namespace HelpdeskDashboard.Hosting.Demo;

/// <summary>
/// Orders from the start of the quarter a year ago until now, sized so that each quarter's turnover lands in the
/// band its company's pattern asks for (so quarterly turnover puts customers in different tiers). The bands are
/// fractions of the configured thresholds (<see cref="TierRule"/>); refunds take at most 10 % off a quarter.
/// </summary>
internal sealed class DemoOrderBuilder(DemoClock clock, Random random, TierRule rule)
{
    /// <summary>The quarters with orders, relative to the current one; the tier history needs one before the first assignment.</summary>
    public const int FirstQuarterOffset = -4;

    public void Build(DemoDataSet data)
    {
        var drafts = new List<(int CustomerId, DateTimeOffset At, long Cents)>();
        for (var index = 0; index < DemoCompanies.All.Count; index++)
        {
            var pattern = DemoCompanies.All[index].TurnoverPattern;
            for (var offset = FirstQuarterOffset; offset <= 0; offset++)
            {
                AddQuarter(drafts, index + 1, offset, pattern[offset - FirstQuarterOffset]);
            }
        }

        var sequence = 0;
        foreach (var draft in drafts.OrderBy(d => d.At).ThenBy(d => d.CustomerId))
        {
            sequence++;
            var prefix = draft.Cents < 0 ? "RF" : "SO";
            data.Orders.Add(new Order
            {
                Id = sequence,
                CustomerId = draft.CustomerId,
                ExternalOrderId = $"{prefix}-{clock.CompanyDate(draft.At).Year}-{sequence:D5}",
                OrderedUtcTicks = draft.At.UtcTicks,
                AmountCents = draft.Cents,
            });
        }
    }

    private void AddQuarter(List<(int, DateTimeOffset, long)> drafts, int customerId, int offset, char level)
    {
        var quarter = clock.CurrentQuarter.Offset(offset);
        var start = clock.StartOf(quarter);
        var end = offset == 0 ? clock.Now : clock.EndOf(quarter);
        var (gold, platinum) = (rule.GoldFrom.Euros, rule.PlatinumFrom.Euros);
        var (count, total) = level switch
        {
            'P' => (5 + random.Next(8), Euros(platinum * 1.125m, platinum * 3)),
            'G' => (3 + random.Next(6), Euros(gold * 1.2m, Math.Min(gold * 3.5m, platinum * 0.875m))),
            _ => (random.Next(4), Euros(gold * 0.05m, gold * 0.8m)),
        };
        if (count == 0 || end <= start)
        {
            return;
        }

        var weights = Enumerable.Range(0, count).Select(_ => 1 + random.NextDouble() * 4).ToArray();
        var sum = weights.Sum();
        var remaining = total;
        var times = new List<DateTimeOffset>();
        for (var i = 0; i < count; i++)
        {
            var cents = i == count - 1 ? remaining : (long)(total * weights[i] / sum);
            remaining -= cents;
            var at = Between(start, end);
            times.Add(at);
            drafts.Add((customerId, at, cents));
        }

        // Now and then part of an order comes back; the refund stays small enough to keep the quarter in its band.
        if (random.NextDouble() < 0.15)
        {
            var refunded = times[random.Next(times.Count)];
            var refund = -(total * (5 + random.Next(6)) / 100);
            drafts.Add((customerId, Between(refunded, end), refund));
        }
    }

    /// <summary>Whole euros in [min, max) plus random cents; bands beyond int.MaxValue euros are capped there.</summary>
    private long Euros(decimal min, decimal max) => random.Next(WholeEuros(min), WholeEuros(max)) * 100L + random.Next(100);

    private static int WholeEuros(decimal euros) => (int)Math.Min(decimal.Ceiling(euros), int.MaxValue);

    private DateTimeOffset Between(DateTimeOffset from, DateTimeOffset to) =>
        from.AddTicks((long)((to - from).Ticks * random.NextDouble()));
}
