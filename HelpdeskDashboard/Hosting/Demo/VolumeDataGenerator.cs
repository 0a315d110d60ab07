using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Orders;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.ResponseClock;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Hosting.Demo;

/// <summary>
/// Adds many open tickets (each with its opening message and, unless still New, the status change that set its status,
/// so the clock replayed from the history agrees with the SLA columns) and orders to a database that already has
/// customers, for performance work. Rows go in through prepared raw INSERTs in one transaction: EF change tracking
/// would dominate the time at 100,000 rows.
/// </summary>
public sealed class VolumeDataGenerator(BusinessCalendar calendar, TimeProvider timeProvider, IOptions<SlaOptions>? slaOptions = null)
{
    private readonly double _atRiskShare = (slaOptions?.Value ?? new SlaOptions()).AtRiskShare;

    private static readonly TicketStatus[] OpenStatuses =
        [TicketStatus.New, TicketStatus.New, TicketStatus.Open, TicketStatus.Open, TicketStatus.WaitingOnCustomer, TicketStatus.OnHold];

    public async Task<VolumeDataResult> GenerateAsync(
        HelpdeskDbContext db, int openTickets, int orders, CancellationToken cancellationToken, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentOutOfRangeException.ThrowIfNegative(openTickets);
        ArgumentOutOfRangeException.ThrowIfNegative(orders);

        var customers = await db.Customers.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.CurrentTier }).ToListAsync(cancellationToken);
        if (customers.Count == 0)
        {
            throw new InvalidOperationException("The volume generator adds tickets and orders to existing customers; seed the demo data first.");
        }

        var authors = await db.CustomerUsers.AsNoTracking()
            .GroupBy(u => u.CustomerId)
            .Select(g => new { CustomerId = g.Key, UserId = g.Min(u => u.Id) })
            .ToDictionaryAsync(x => x.CustomerId, x => x.UserId, cancellationToken);
        var agents = await db.Agents.AsNoTracking().Where(a => a.IsActive).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(cancellationToken);
        var previousVolumeOrders = await db.Orders.CountAsync(o => o.ExternalOrderId.StartsWith("VOL-"), cancellationToken);

        var random = new Random(seed);
        var now = timeProvider.GetUtcNow();

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            using var insertTicket = new BulkInsertCommand<Ticket>(db, transaction, returnId: true,
                nameof(Ticket.CustomerId), nameof(Ticket.Subject), nameof(Ticket.Kind), nameof(Ticket.Status), nameof(Ticket.AssigneeAgentId),
                nameof(Ticket.Priority), nameof(Ticket.CreatedUtcTicks), nameof(Ticket.UpdatedUtcTicks), nameof(Ticket.ResponseClockStartedUtcTicks),
                nameof(Ticket.ResponseTargetTicks), nameof(Ticket.ResponseDueUtcTicks), nameof(Ticket.ResponseAtRiskFromUtcTicks),
                nameof(Ticket.ResponseStoppedUtcTicks), nameof(Ticket.AwaitingResponse), nameof(Ticket.Version));
            using var insertMessage = new BulkInsertCommand<TicketMessage>(db, transaction, returnId: false,
                nameof(TicketMessage.TicketId), nameof(TicketMessage.AuthorKind), nameof(TicketMessage.AuthorCustomerUserId),
                nameof(TicketMessage.AuthorAgentId), nameof(TicketMessage.Body), nameof(TicketMessage.CreatedUtcTicks), nameof(TicketMessage.IsInternalNote));
            using var insertStatusChange = new BulkInsertCommand<TicketStatusChange>(db, transaction, returnId: false,
                nameof(TicketStatusChange.TicketId), nameof(TicketStatusChange.FromStatus), nameof(TicketStatusChange.ToStatus),
                nameof(TicketStatusChange.AtUtcTicks), nameof(TicketStatusChange.ByAgentId));
            using var insertOrder = new BulkInsertCommand<Order>(db, transaction, returnId: false,
                nameof(Order.CustomerId), nameof(Order.ExternalOrderId), nameof(Order.OrderedUtcTicks), nameof(Order.AmountCents));

            for (var i = 0; i < openTickets; i++)
            {
                var customer = customers[random.Next(customers.Count)];
                var created = now - TimeSpan.FromMinutes(random.Next(30 * 24 * 60));
                var status = OpenStatuses[random.Next(OpenStatuses.Length)];
                var target = DemoTierRules.ResponseTarget(customer.CurrentTier);
                var paused = status is TicketStatus.WaitingOnCustomer or TicketStatus.OnHold;
                long? due = target is { } t && !paused ? calendar.AddBusinessTime(created, t).UtcTicks : null;
                long? atRiskFrom = due is { } d ? TicketSlaFields.AtRiskFromUtcTicks(calendar, d, target!.Value.Ticks, _atRiskShare) : null;
                int? assignee = status == TicketStatus.New && random.Next(2) == 0 ? null : agents.Count == 0 ? null : agents[random.Next(agents.Count)];

                var ticketId = await insertTicket.InsertAsync(
                [
                    customer.Id, $"Volume ticket {i + 1}: device reports error {random.Next(100, 999)}", TicketKind.SupportInquiry, status, assignee,
                    DemoTierRules.PriorityRank(customer.CurrentTier), created.UtcTicks, created.UtcTicks, created.UtcTicks,
                    target?.Ticks, due, atRiskFrom, null, true, 0,
                ], cancellationToken);
                if (status != TicketStatus.New)
                {
                    await insertStatusChange.InsertAsync([ticketId, TicketStatus.New, status, created.UtcTicks, assignee], cancellationToken);
                }

                await insertMessage.InsertAsync(
                [
                    ticketId, MessageAuthorKind.Customer, authors.TryGetValue(customer.Id, out var author) ? author : null,
                    null, "Generated for performance work.", created.UtcTicks, false,
                ], cancellationToken);
            }

            for (var i = 0; i < orders; i++)
            {
                var refund = random.Next(100) < 3;
                var cents = (random.Next(50, 50_000) * 100L) + random.Next(100);
                await insertOrder.InsertAsync(
                [
                    customers[random.Next(customers.Count)].Id,
                    $"VOL-{previousVolumeOrders + i + 1:D8}",
                    (now - TimeSpan.FromMinutes(random.Next(365 * 24 * 60))).UtcTicks,
                    refund ? -cents : cents,
                ], cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return new VolumeDataResult(openTickets, openTickets, orders);
    }
}

/// <summary>How many rows the generator added.</summary>
public sealed record VolumeDataResult(int Tickets, int Messages, int Orders);
