using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Reports;

/// <summary>
/// The portal's record: the signed-in customer's clocks of the last company months (replies, share within each clock's
/// own target, median business time) and the next tier's actual record in the same months across all its customers,
/// shown only from <see cref="MinNextTierClocks"/> clocks on so no single customer can be read out of it.
/// </summary>
public sealed class CustomerSlaRecordQuery(
    IDbContextFactory<HelpdeskDbContext> dbFactory,
    ICurrentUser currentUser,
    CompanyClock companyClock,
    TierCatalog catalog)
{
    /// <summary>Fewer clocks than this and the next tier's record is not shown (anonymity).</summary>
    public const int MinNextTierClocks = 20;

    public const int MaxMonths = 12;

    /// <summary>The signed-in customer's own record over the last months.</summary>
    public async Task<CommandResult<CustomerSlaRecord>> GetAsync(int months, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetAsync();
        if (!await currentUser.IsAuthorizedAsync(Policies.Customer) || user.CustomerId is not { } customerId)
        {
            return CommandResult<CustomerSlaRecord>.Denied("Only a customer can see their own record.");
        }

        if (months is < 1 or > MaxMonths)
        {
            return CommandResult<CustomerSlaRecord>.Invalid([$"A record covers 1 to {MaxMonths} months."]);
        }

        var spans = CompanyMonths.Last(companyClock, months);
        var from = spans[0].Start.UtcTicks;
        var to = spans[^1].End.UtcTicks;

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tier = await db.Customers.AsNoTracking().Where(c => c.Id == customerId).Select(c => (Tier?)c.CurrentTier).FirstOrDefaultAsync(cancellationToken);
        if (tier is not { } currentTier)
        {
            return CommandResult<CustomerSlaRecord>.NotFound("The customer no longer exists.");
        }

        var own = await db.ResponseClocks.AsNoTracking()
            .Where(r => r.CustomerId == customerId && r.StoppedUtcTicks >= from && r.StoppedUtcTicks < to)
            .Select(r => new { r.StoppedMonth, r.BusinessTicks, HasTarget = r.TargetTicks != null, r.IsBreached })
            .ToListAsync(cancellationToken);

        var byMonth = own.ToLookup(r => r.StoppedMonth);
        var total = new ClockGroup();
        var monthRows = new List<RecordMonth>(spans.Count);
        foreach (var span in spans)
        {
            var group = new ClockGroup();
            foreach (var clock in byMonth[span.Key])
            {
                var scanned = new ScannedClock(currentTier, null, customerId, false, clock.BusinessTicks, clock.HasTarget, clock.IsBreached);
                group.Add(scanned);
                total.Add(scanned);
            }

            monthRows.Add(Month(span.Year, span.Month, group));
        }

        var next = await NextTierAsync(db, currentTier, from, to, cancellationToken);
        return CommandResult<CustomerSlaRecord>.Ok(new CustomerSlaRecord(
            currentTier, catalog.Get(currentTier).ResponseTarget, monthRows, Month(spans[0].Year, spans[0].Month, total), next));
    }

    /// <summary>The first tier above in catalogue order that has a target, with its record if it is large enough.</summary>
    private async Task<NextTierRecord?> NextTierAsync(HelpdeskDbContext db, Tier current, long from, long to, CancellationToken cancellationToken)
    {
        var above = catalog.All.SkipWhile(d => d.Tier != current).Skip(1).FirstOrDefault(d => d.ResponseTarget is not null);
        if (above?.ResponseTarget is not { } target)
        {
            return null;
        }

        var group = new ClockGroup();
        foreach (var clock in await ClockScan.StoppedBetweenAsync(db, from, to, above.Tier, cancellationToken))
        {
            group.Add(clock);
        }

        return group.Measured < MinNextTierClocks || group.WithTarget == 0
            ? null
            : new NextTierRecord(above.Tier, target, group.Measured, (double)(group.WithTarget - group.Breached) / group.WithTarget, group.Median()!.Value);
    }

    private static RecordMonth Month(int year, int month, ClockGroup group) => new(
        year, month, group.Measured, group.WithTarget, group.WithTarget - group.Breached,
        ClockGroup.Share(group.WithTarget - group.Breached, group.WithTarget), group.Median());
}
