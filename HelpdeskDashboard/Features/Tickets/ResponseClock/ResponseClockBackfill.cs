using HelpdeskDashboard.Data;
using HelpdeskDashboard.Platform.Startup;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Tickets.ResponseClock;

/// <summary>
/// Once, on a database that has finished clocks but no <see cref="ResponseClockRecord"/>s (one that predates them, or
/// the demo data): replays every ticket's history with the engine and records each stopped clock, in one transaction,
/// so "empty" always means "not done". From then on the stopping transaction writes each record.
/// </summary>
/// <remarks>
/// History keeps no trail of assignments, so a backfilled clock is attributed to the ticket's assignee at the time of
/// the backfill (docs/reports.md).
/// </remarks>
public sealed class ResponseClockBackfill(
    IDbContextFactory<HelpdeskDbContext> dbFactory,
    TicketClock clock,
    TimeProvider time,
    ILogger<ResponseClockBackfill> logger) : IStartupStep
{
    private const int BatchSize = 1_000;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.ResponseClocks.AnyAsync(cancellationToken)
            || !await db.Tickets.AnyAsync(t => t.ResponseStoppedUtcTicks != null || t.ResponseClockStartedUtcTicks != null, cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow();
        var zone = clock.Calendar.TimeZone;
        await using var transaction = await db.Database.BeginWriteTransactionAsync(cancellationToken);
        if (await db.ResponseClocks.AnyAsync(cancellationToken))
        {
            return; // another instance starting at the same time recorded them first
        }

        var recorded = 0;
        var lastId = 0;
        while (true)
        {
            var tickets = await db.Tickets.AsNoTracking()
                .Where(t => t.Id > lastId && t.ResponseClockStartedUtcTicks != null)
                .OrderBy(t => t.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (tickets.Count == 0)
            {
                break;
            }

            lastId = tickets[^1].Id;
            recorded += await RecordBatchAsync(db, tickets, now, zone, cancellationToken);
            db.ChangeTracker.Clear();
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Recorded {Count} finished response clocks from the tickets' history.", recorded);
    }

    private async Task<int> RecordBatchAsync(
        HelpdeskDbContext db, List<Ticket> tickets, DateTimeOffset now, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var ids = tickets.Select(t => t.Id).ToList();
        var messages = await TicketHistoryQueries.ClockMessagesAsync(db, ids, cancellationToken);
        var changes = await TicketHistoryQueries.StatusChangesAsync(db, ids, cancellationToken);
        // Who wrote each public reply: the clock it stopped is credited to them.
        var repliers = (await db.TicketMessages.AsNoTracking()
                .Where(m => ids.Contains(m.TicketId) && m.AuthorKind == MessageAuthorKind.Agent && !m.IsInternalNote)
                .Select(m => new { m.TicketId, m.CreatedUtcTicks, m.AuthorAgentId })
                .ToListAsync(cancellationToken))
            .GroupBy(m => (m.TicketId, m.CreatedUtcTicks))
            .ToDictionary(g => g.Key, g => g.First().AuthorAgentId);
        var customerIds = tickets.Select(t => t.CustomerId).Distinct().ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var assignments = (await db.TierAssignments.AsNoTracking().Where(a => customerIds.Contains(a.CustomerId)).ToListAsync(cancellationToken))
            .ToLookup(a => a.CustomerId);
        var histories = customers.Values.ToDictionary(c => c.Id, c => CustomerTierHistory.Of(c, assignments[c.Id], zone));

        var records = new List<ResponseClockRecord>();
        foreach (var ticket in tickets)
        {
            var tiers = histories[ticket.CustomerId];
            var readings = clock.ReadAll(clock.Events(ticket, tiers, messages[ticket.Id], changes[ticket.Id]), now);
            for (var i = 0; i < readings.Count; i++)
            {
                if (readings[i] is not { IsStopped: true, ClockStartedAt: { } started, StoppedAt: { } stopped } reading)
                {
                    continue;
                }

                var replier = repliers.GetValueOrDefault((ticket.Id, stopped.UtcTicks));
                records.Add(ResponseClockRecorder.ToRecord(
                    ticket.Id, ticket.CustomerId, reading, tiers.At(started), ticket.AssigneeAgentId, replier, isFirstResponse: i == 0, zone));
            }
        }

        db.ResponseClocks.AddRange(records);
        await db.SaveChangesAsync(cancellationToken);
        return records.Count;
    }
}
