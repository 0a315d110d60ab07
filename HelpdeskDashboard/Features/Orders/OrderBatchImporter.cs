using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Sla;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Features.Orders;

/// <summary>The verdict on a batch: per row, the valid order or why not; nothing is stored while any row fails.</summary>
public sealed record OrderBatchCheck(IReadOnlyList<OrderRowCheck> Rows)
{
    public IEnumerable<OrderRowError> Errors => Rows.SelectMany(r => r.Errors);

    public bool IsValid => Rows.Count > 0 && Rows.All(r => r.Errors.Count == 0);

    public int NewOrders => Rows.Count(r => r.Order is not null && !r.AlreadyImported);

    public int AlreadyImported => Rows.Count(r => r.AlreadyImported);

    /// <summary>Every error is an order stored before with other values: the batch is well-formed but contradicts what is stored.</summary>
    public bool IsConflict => !IsValid && Errors.Any() && Errors.All(e => e.Conflict);
}

/// <summary>One row: its number, the order when valid, whether the same order is stored already (skipped), and its errors.</summary>
public sealed record OrderRowCheck(int Row, OrderLine Line, ValidOrder? Order, bool AlreadyImported, IReadOnlyList<OrderRowError> Errors);

public sealed record OrderImportResult(OrderBatchCheck Check, int Imported)
{
    public bool Succeeded => Check.IsValid;
}

/// <summary>
/// Validates and stores a batch of orders all or nothing. Idempotent on the shop's order id: an order sent again with
/// the same values is skipped; with other values it is an error (an order is never silently changed).
/// </summary>
public sealed class OrderBatchImporter(
    IDbContextFactory<HelpdeskDbContext> dbFactory, BusinessCalendar calendar, TimeProvider timeProvider, IOptions<OrdersOptions> options)
{
    public int MaxBatchSize => options.Value.MaxBatchSize;

    public async Task<OrderBatchCheck> CheckAsync(IReadOnlyList<OrderLine> lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 0)
        {
            return new OrderBatchCheck([new OrderRowCheck(0, new OrderLine(), null, false, [new OrderRowError(0, null, "orders", "The batch holds no orders.")])]);
        }

        if (lines.Count > MaxBatchSize)
        {
            return new OrderBatchCheck([new OrderRowCheck(0, new OrderLine(), null, false,
                [new OrderRowError(0, null, "orders", $"The batch holds {lines.Count} orders; at most {MaxBatchSize} are accepted at once.")])]);
        }

        var validator = new OrderLineValidator(calendar.TimeZone, timeProvider, options.Value.MaxOrderAgeYears);
        var drafts = lines.Select((line, index) =>
        {
            var errors = validator.Validate(line).Errors
                .Select(e => new OrderRowError(index + 1, line.ExternalOrderId, FieldName(e.PropertyName), e.ErrorMessage)).ToList();
            ValidOrder? order = null;
            if (errors.Count == 0)
            {
                OrderInstantParser.TryParse(line.OrderedAt, calendar.TimeZone, out var at);
                order = new ValidOrder(line.ExternalOrderId!.Trim(), line.CustomerId!.Value, at, (long)(line.Amount!.Value * 100m));
            }

            return (Row: index + 1, Line: line, Order: order, Errors: errors);
        }).ToList();

        foreach (var duplicate in drafts.Where(d => d.Order is not null).GroupBy(d => d.Order!.ExternalOrderId, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = duplicate.First().Row;
            foreach (var later in duplicate.Skip(1))
            {
                later.Errors.Add(new OrderRowError(later.Row, duplicate.Key, "externalOrderId", $"Order '{duplicate.Key}' appears twice in this batch (first in row {first})."));
            }
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customerIds = drafts.Where(d => d.Order is not null).Select(d => d.Order!.CustomerId).Distinct().ToList();
        var knownCustomers = new HashSet<int>();
        foreach (var chunk in customerIds.Chunk(500))
        {
            knownCustomers.UnionWith(await db.Customers.Where(c => chunk.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken));
        }

        var ids = drafts.Where(d => d.Order is not null).Select(d => d.Order!.ExternalOrderId).Distinct().ToList();
        var stored = new Dictionary<string, Order>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (var order in await db.Orders.AsNoTracking().Where(o => chunk.Contains(o.ExternalOrderId)).ToListAsync(cancellationToken))
            {
                stored[order.ExternalOrderId] = order;
            }
        }

        var rows = new List<OrderRowCheck>(drafts.Count);
        foreach (var (row, line, order, errors) in drafts)
        {
            var alreadyImported = false;
            if (order is not null && !knownCustomers.Contains(order.CustomerId))
            {
                errors.Add(new OrderRowError(row, order.ExternalOrderId, "customerId", $"Customer {order.CustomerId} does not exist."));
            }

            if (order is not null && stored.TryGetValue(order.ExternalOrderId, out var existing))
            {
                alreadyImported = existing.CustomerId == order.CustomerId && existing.OrderedUtcTicks == order.OrderedAt.UtcTicks && existing.AmountCents == order.AmountCents;
                if (!alreadyImported)
                {
                    errors.Add(new OrderRowError(row, order.ExternalOrderId, "externalOrderId",
                        $"Order '{order.ExternalOrderId}' was already imported with other values; orders are never changed by an import.",
                        Conflict: true));
                }
            }

            rows.Add(new OrderRowCheck(row, line, errors.Count == 0 ? order : null, alreadyImported && errors.Count == 0, errors));
        }

        return new OrderBatchCheck(rows);
    }

    /// <summary>
    /// Checks, then stores every new order in one transaction, or nothing when any row fails. When a racing import
    /// stores one of these ids between the check and the save (the unique index refuses the insert), the batch is
    /// checked and stored again: the racer's same orders are then "already imported", different ones a conflict.
    /// </summary>
    public async Task<OrderImportResult> ImportAsync(IReadOnlyList<OrderLine> lines, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var check = await CheckAsync(lines, cancellationToken);
            var fresh = check.Rows.Where(r => r.Order is not null && !r.AlreadyImported).Select(r => r.Order!).ToList();
            if (!check.IsValid || fresh.Count == 0)
            {
                return new OrderImportResult(check, 0);
            }

            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            db.Orders.AddRange(fresh.Select(o => new Order
            {
                ExternalOrderId = o.ExternalOrderId,
                CustomerId = o.CustomerId,
                OrderedUtcTicks = o.OrderedAt.UtcTicks,
                AmountCents = o.AmountCents,
            }));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new OrderImportResult(check, fresh.Count);
            }
            catch (DbUpdateException) when (attempt < MaxSaveAttempts)
            {
                // Each lost race means another import stored some of these ids, so the next check has fewer to store.
            }
        }
    }

    private const int MaxSaveAttempts = 5;

    private static string FieldName(string property) =>
        property.Length == 0 ? property : char.ToLowerInvariant(property[0]) + property[1..];
}
