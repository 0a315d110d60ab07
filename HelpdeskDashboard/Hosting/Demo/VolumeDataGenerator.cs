using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
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
    private readonly SlaOptions _slaOptions = slaOptions?.Value ?? new SlaOptions();

    private readonly double _atRiskShare = (slaOptions?.Value ?? new SlaOptions()).AtRiskShare;

    /// <summary>The password of every generated agent account (<see cref="AgentEmail"/>): synthetic data, never Production.</summary>
    public const string AgentPassword = "Volume#2026";

    /// <summary>The sign-in address of generated agent <paramref name="number"/> (1-based): agent-1@volume.local, …</summary>
    public static string AgentEmail(int number) => $"agent-{number}@volume.local";

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
            await using var transaction = await db.Database.BeginWriteTransactionAsync(cancellationToken);
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

            await insertStatusChange.CompleteAsync(cancellationToken);
            await insertMessage.CompleteAsync(cancellationToken);
            await insertOrder.CompleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return new VolumeDataResult(openTickets, openTickets, orders);
    }

    /// <summary>
    /// Makes sure generated agents 1 to <paramref name="count"/> have agent accounts (<see cref="AgentEmail"/>,
    /// <see cref="AgentPassword"/>), through the real provisioning, so a load tool can sign in as many agents. Accounts
    /// that already exist are kept as they are; returns how many were added.
    /// </summary>
    public static async Task<int> GenerateAgentAccountsAsync(
        HelpdeskDbContext db, AccountProvisioner provisioner, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(provisioner);
        ArgumentOutOfRangeException.ThrowIfNegative(count);

        // The command runs before the app's startup steps, which create the roles otherwise.
        await provisioner.EnsureRolesAsync();
        var existing = (await db.Agents.AsNoTracking()
            .Where(a => a.Email.EndsWith("@volume.local") && a.IdentityUserId != null)
            .Select(a => a.Email)
            .ToListAsync(cancellationToken)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var added = 0;
        for (var number = 1; number <= count; number++)
        {
            var email = AgentEmail(number);
            if (existing.Contains(email))
            {
                continue;
            }

            await provisioner.EnsureAgentAccountAsync(
                new Agent { Email = email, DisplayName = $"Volume Agent {number}", TimeZone = "Europe/Berlin" }, AgentPassword, cancellationToken);
            added++;
        }

        return added;
    }

    /// <summary>
    /// Adds resolved tickets whose histories hold <paramref name="clocks"/> finished response clocks in all (1 to 4 per
    /// ticket) stopping over the last <paramref name="months"/> months: customer messages, agent replies, internal
    /// notes, "on hold" and "waiting on customer" pauses, resolutions with and without a reply. Each clock's
    /// <see cref="ResponseClockRecord"/> comes from the engine's reading of the ticket's own events
    /// (<see cref="SlaEngine.ReadAll"/> and <see cref="ResponseClockRecorder.ToRecord"/>, the mapping the workflow uses),
    /// so reports over these rows can be checked against a replay. The same seed gives the same rows.
    /// </summary>
    public async Task<FinishedClocksResult> GenerateFinishedClocksAsync(
        HelpdeskDbContext db, int clocks, CancellationToken cancellationToken, int months = 12, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentOutOfRangeException.ThrowIfNegative(clocks);
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);

        var customers = await db.Customers.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken);
        if (customers.Count == 0)
        {
            throw new InvalidOperationException("The volume generator adds tickets and orders to existing customers; seed the demo data first.");
        }

        var assignments = (await db.TierAssignments.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(a => a.CustomerId);
        var histories = customers.ToDictionary(c => c.Id, c => CustomerTierHistory.Of(c, assignments[c.Id], calendar.TimeZone));
        var authors = await db.CustomerUsers.AsNoTracking()
            .GroupBy(u => u.CustomerId)
            .Select(g => new { CustomerId = g.Key, UserId = g.Min(u => u.Id) })
            .ToDictionaryAsync(x => x.CustomerId, x => x.UserId, cancellationToken);
        var agents = await db.Agents.AsNoTracking().Where(a => a.IsActive).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(cancellationToken);
        if (agents.Count == 0)
        {
            throw new InvalidOperationException("Finished clocks need agents to reply; seed the demo data first.");
        }

        var engine = new SlaEngine(calendar, _slaOptions);
        var random = new Random(seed);
        var now = timeProvider.GetUtcNow();
        var windowStart = now.AddMonths(-months);
        var windowTicks = (now - windowStart).Ticks;
        var tickets = 0;
        var made = 0;

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginWriteTransactionAsync(cancellationToken);
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
            using var insertClock = new BulkInsertCommand<ResponseClockRecord>(db, transaction, returnId: false,
                nameof(ResponseClockRecord.TicketId), nameof(ResponseClockRecord.CustomerId), nameof(ResponseClockRecord.TierAtStart),
                nameof(ResponseClockRecord.TargetTicks), nameof(ResponseClockRecord.AssigneeAgentId), nameof(ResponseClockRecord.RepliedByAgentId),
                nameof(ResponseClockRecord.StartedUtcTicks), nameof(ResponseClockRecord.StoppedUtcTicks), nameof(ResponseClockRecord.DueUtcTicks),
                nameof(ResponseClockRecord.BusinessTicks), nameof(ResponseClockRecord.IsBreached), nameof(ResponseClockRecord.IsFirstResponse),
                nameof(ResponseClockRecord.StopReason), nameof(ResponseClockRecord.StoppedMonth));

            while (made < clocks)
            {
                var customer = customers[random.Next(customers.Count)];
                var tiers = histories[customer.Id];
                int? assignee = random.Next(12) == 0 ? null : agents[random.Next(agents.Count)];
                var created = windowStart + TimeSpan.FromTicks((long)(random.NextDouble() * windowTicks));
                var story = FinishedStory.Write(random, created, now, Math.Min(1 + random.Next(4), clocks - made), assignee, agents);
                if (story.Repliers.Count == 0)
                {
                    continue;
                }

                var events = TicketSlaEvents.From(story.Messages, story.Changes, at => DemoTierRules.ResponseTarget(tiers.At(at)));
                var readings = engine.ReadAll(events, now);
                if (readings.Count != story.Repliers.Count || readings.Any(r => !r.IsStopped))
                {
                    throw new InvalidOperationException("A generated history does not replay to the clocks it was written for.");
                }

                var ticket = new Ticket { Subject = "", CustomerId = customer.Id };
                TicketSlaFields.Apply(ticket, readings[^1], calendar, _atRiskShare);
                var ticketId = (int)await insertTicket.InsertAsync(
                [
                    customer.Id, $"Finished ticket {tickets + 1}: question about invoice {random.Next(1000, 9999)}", TicketKind.SupportInquiry,
                    TicketStatus.Resolved, assignee, DemoTierRules.PriorityRank(customer.CurrentTier), created.UtcTicks, story.ResolvedAt.UtcTicks,
                    ticket.ResponseClockStartedUtcTicks, ticket.ResponseTargetTicks, ticket.ResponseDueUtcTicks, ticket.ResponseAtRiskFromUtcTicks,
                    ticket.ResponseStoppedUtcTicks, false, story.Changes.Count,
                ], cancellationToken);

                foreach (var message in story.Messages)
                {
                    await insertMessage.InsertAsync(
                    [
                        ticketId, message.AuthorKind,
                        message.AuthorKind == MessageAuthorKind.Customer && authors.TryGetValue(customer.Id, out var author) ? author : null,
                        message.AuthorAgentId, message.Body, message.CreatedUtcTicks, message.IsInternalNote,
                    ], cancellationToken);
                }

                foreach (var change in story.Changes)
                {
                    await insertStatusChange.InsertAsync([ticketId, change.FromStatus, change.ToStatus, change.AtUtcTicks, change.ByAgentId], cancellationToken);
                }

                for (var i = 0; i < readings.Count; i++)
                {
                    var record = ResponseClockRecorder.ToRecord(
                        ticketId, customer.Id, readings[i], tiers.At(readings[i].ClockStartedAt!.Value), assignee, story.Repliers[i], i == 0, calendar.TimeZone);
                    await insertClock.InsertAsync(
                    [
                        record.TicketId, record.CustomerId, record.TierAtStart, record.TargetTicks, record.AssigneeAgentId, record.RepliedByAgentId,
                        record.StartedUtcTicks, record.StoppedUtcTicks, record.DueUtcTicks, record.BusinessTicks, record.IsBreached,
                        record.IsFirstResponse, record.StopReason, record.StoppedMonth,
                    ], cancellationToken);
                }

                tickets++;
                made += readings.Count;
            }

            await insertMessage.CompleteAsync(cancellationToken);
            await insertStatusChange.CompleteAsync(cancellationToken);
            await insertClock.CompleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return new FinishedClocksResult(tickets, made);
    }

    /// <summary>One resolved ticket's history, written forward in time; <see cref="Repliers"/> holds one entry per clock.</summary>
    private sealed class FinishedStory
    {
        public List<TicketMessage> Messages { get; } = [];

        public List<TicketStatusChange> Changes { get; } = [];

        /// <summary>Per clock, the agent whose reply stopped it; null when the resolution did.</summary>
        public List<int?> Repliers { get; } = [];

        public DateTimeOffset ResolvedAt { get; private set; }

        private TicketStatus _status = TicketStatus.New;

        public static FinishedStory Write(Random random, DateTimeOffset created, DateTimeOffset now, int clocks, int? assignee, IReadOnlyList<int> agents)
        {
            var story = new FinishedStory();
            var start = created;
            var lastStop = created;
            for (var k = 0; k < clocks; k++)
            {
                var stop = start + TimeToAnswer(random);
                if (stop > now)
                {
                    break;
                }

                var agent = assignee ?? agents[random.Next(agents.Count)];
                story.Message(MessageAuthorKind.Customer, null, start, note: false);
                if (story._status == TicketStatus.WaitingOnCustomer)
                {
                    // The customer's answer reopens a waiting ticket, as the workflow records it.
                    story.Change(TicketStatus.Open, start, null);
                }

                var span = (stop - start).Ticks;
                if (random.Next(5) == 0)
                {
                    var holdFrom = start + TimeSpan.FromTicks((long)(span * (0.1 + (0.4 * random.NextDouble()))));
                    var holdUntil = holdFrom + TimeSpan.FromTicks((long)((stop - holdFrom).Ticks * (0.2 + (0.6 * random.NextDouble()))));
                    story.Change(random.Next(2) == 0 ? TicketStatus.OnHold : TicketStatus.WaitingOnCustomer, holdFrom, agent);
                    story.Change(TicketStatus.Open, holdUntil, agent);
                }

                if (random.Next(10) < 3)
                {
                    story.Message(MessageAuthorKind.Agent, agent, start + TimeSpan.FromTicks((long)(span * random.NextDouble())), note: true);
                }

                if (k == clocks - 1 && random.Next(8) == 0)
                {
                    story.Change(TicketStatus.Resolved, stop, agent);
                    story.Repliers.Add(null);
                    story.ResolvedAt = stop;
                    return story;
                }

                story.Message(MessageAuthorKind.Agent, agent, stop, note: false);
                story.Repliers.Add(agent);
                if (random.Next(10) < 4)
                {
                    story.Change(TicketStatus.WaitingOnCustomer, stop, agent);
                }
                else if (story._status != TicketStatus.Open)
                {
                    story.Change(TicketStatus.Open, stop, agent);
                }

                lastStop = stop;
                start = stop + TimeSpan.FromMinutes(60 + random.Next(10 * 24 * 60));
            }

            if (story.Repliers.Count > 0)
            {
                var resolvedAt = lastStop + TimeSpan.FromMinutes(10 + random.Next(2 * 24 * 60));
                story.ResolvedAt = resolvedAt < now ? resolvedAt : lastStop;
                story.Change(TicketStatus.Resolved, story.ResolvedAt, story.Messages.Last(m => m.AuthorAgentId is not null).AuthorAgentId);
            }

            return story;
        }

        /// <summary>Calendar time until the answer: mostly hours, a tail of weeks, so every tier has met and breached clocks.</summary>
        private static TimeSpan TimeToAnswer(Random random) => random.Next(100) switch
        {
            < 45 => TimeSpan.FromMinutes(5 + random.Next(8 * 60)),
            < 80 => TimeSpan.FromMinutes((8 * 60) + random.Next(64 * 60)),
            < 93 => TimeSpan.FromMinutes((3 * 24 * 60) + random.Next(7 * 24 * 60)),
            _ => TimeSpan.FromMinutes((10 * 24 * 60) + random.Next(15 * 24 * 60)),
        };

        private void Message(MessageAuthorKind kind, int? agent, DateTimeOffset at, bool note) => Messages.Add(new TicketMessage
        {
            Id = Messages.Count + 1,
            AuthorKind = kind,
            AuthorAgentId = agent,
            Body = kind == MessageAuthorKind.Customer ? "Generated question." : note ? "Generated note." : "Generated answer.",
            CreatedUtcTicks = at.UtcTicks,
            IsInternalNote = note,
        });

        private void Change(TicketStatus to, DateTimeOffset at, int? agent)
        {
            Changes.Add(new TicketStatusChange { Id = Changes.Count + 1, FromStatus = _status, ToStatus = to, AtUtcTicks = at.UtcTicks, ByAgentId = agent });
            _status = to;
        }
    }
}

/// <summary>How many resolved tickets and finished clocks the generator added.</summary>
public sealed record FinishedClocksResult(int Tickets, int Clocks);

/// <summary>How many rows the generator added.</summary>
public sealed record VolumeDataResult(int Tickets, int Messages, int Orders);
