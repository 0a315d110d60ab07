using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets.Attachments;
using HelpdeskDashboard.Features.Tickets.ResponseClock;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Tickets.Workflow;

/// <summary>
/// One command's change to one tracked ticket: new messages and status changes go to the context and to the
/// clock's history, so the SLA columns are recomputed from the history as it will be after the save.
/// </summary>
internal sealed class TicketEdit
{
    // Unsaved rows have no id yet; these sort after every saved one when instants tie.
    private int _nextProvisionalId = int.MaxValue / 2;
    private readonly List<TicketMessage> _clockMessages;
    private readonly List<TicketStatusChange> _clockChanges;
    private readonly CustomerTierHistory _tiers;
    private readonly TimeZoneInfo _companyZone;

    // The clock that was waiting for a reply when the ticket was loaded: if this edit stops it, its record is written
    // in the same save.
    private readonly long? _liveClockAtLoad;
    private int? _publicReplyAgentId;
    private ResponseClockRecord? _stoppedClock;

    private TicketEdit(
        HelpdeskDbContext db, Ticket ticket, DateTimeOffset now, List<TicketMessage> messages, List<TicketStatusChange> changes,
        CustomerTierHistory tiers, TimeZoneInfo companyZone)
    {
        Db = db;
        Ticket = ticket;
        Now = now;
        _clockMessages = messages;
        _clockChanges = changes;
        _tiers = tiers;
        _companyZone = companyZone;
        _liveClockAtLoad = ticket.AwaitingResponse ? ticket.ResponseClockStartedUtcTicks : null;
    }

    public HelpdeskDbContext Db { get; }

    public Ticket Ticket { get; }

    public DateTimeOffset Now { get; }

    public static async Task<TicketEdit> LoadAsync(
        HelpdeskDbContext db, Ticket ticket, DateTimeOffset now, TimeZoneInfo companyZone, CancellationToken cancellationToken)
    {
        int[] ids = [ticket.Id];
        var messages = await TicketHistoryQueries.ClockMessagesAsync(db, ids, cancellationToken);
        var changes = await TicketHistoryQueries.StatusChangesAsync(db, ids, cancellationToken);
        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == ticket.CustomerId, cancellationToken);
        var tiers = await TicketHistoryQueries.TierHistoryAsync(db, customer, companyZone, cancellationToken);
        return new TicketEdit(db, ticket, now, [.. messages[ticket.Id]], [.. changes[ticket.Id]], tiers, companyZone);
    }

    public TicketMessage AddMessage(
        MessageAuthorKind authorKind, int? customerUserId, int? agentId, string body, bool isInternalNote, IReadOnlyList<StoredAttachment>? files = null)
    {
        var message = new TicketMessage
        {
            TicketId = Ticket.Id,
            AuthorKind = authorKind,
            AuthorCustomerUserId = customerUserId,
            AuthorAgentId = agentId,
            Body = body,
            CreatedUtcTicks = Now.UtcTicks,
            IsInternalNote = isInternalNote,
            Attachments = [.. (files ?? []).Select(f => f.ToTicketAttachment(Now.UtcTicks))],
        };
        Db.TicketMessages.Add(message);
        if (authorKind == MessageAuthorKind.Agent && !isInternalNote)
        {
            _publicReplyAgentId = agentId;
        }

        _clockMessages.Add(new TicketMessage
        {
            Id = _nextProvisionalId++,
            TicketId = Ticket.Id,
            AuthorKind = authorKind,
            IsInternalNote = isInternalNote,
            CreatedUtcTicks = Now.UtcTicks,
            Body = "",
        });
        return message;
    }

    /// <param name="byAgentId">Null when the system changes the status (a customer's reply reopens the ticket).</param>
    public void ChangeStatus(TicketStatus to, int? byAgentId)
    {
        var change = new TicketStatusChange
        {
            TicketId = Ticket.Id,
            FromStatus = Ticket.Status,
            ToStatus = to,
            AtUtcTicks = Now.UtcTicks,
            ByAgentId = byAgentId,
        };
        Db.TicketStatusChanges.Add(change);
        _clockChanges.Add(new TicketStatusChange
        {
            Id = _nextProvisionalId++,
            TicketId = Ticket.Id,
            FromStatus = change.FromStatus,
            ToStatus = to,
            AtUtcTicks = change.AtUtcTicks,
        });
        Ticket.Status = to;
    }

    /// <summary>
    /// Recomputes the SLA columns and marks the ticket modified even when no value changed, so the save always
    /// bumps the version and checks the concurrency token. When this edit stopped the clock that was waiting, its
    /// <see cref="ResponseClockRecord"/> joins the save; called again (the calendar changed meanwhile), the same row is
    /// updated rather than a second one added.
    /// </summary>
    public SlaReading RecordSla(TicketClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var events = clock.Events(Ticket, _tiers, _clockMessages, _clockChanges);
        var reading = clock.Record(Ticket, events, Now);
        if (_liveClockAtLoad is { } started && !(Ticket.AwaitingResponse && Ticket.ResponseClockStartedUtcTicks == started))
        {
            RecordStoppedClock(clock.ReadAll(events, Now), started);
        }

        Ticket.UpdatedUtcTicks = Now.UtcTicks;
        Db.Entry(Ticket).Property(t => t.UpdatedUtcTicks).IsModified = true;
        return reading;
    }

    private void RecordStoppedClock(IReadOnlyList<SlaReading> readings, long startedUtcTicks)
    {
        var index = -1;
        for (var i = 0; i < readings.Count; i++)
        {
            if (readings[i].ClockStartedAt?.UtcTicks == startedUtcTicks)
            {
                index = i;
            }
        }

        if (index < 0 || !readings[index].IsStopped)
        {
            return;
        }

        var reading = readings[index];
        var record = ResponseClockRecorder.ToRecord(
            Ticket.Id, Ticket.CustomerId, reading, _tiers.At(reading.ClockStartedAt!.Value), Ticket.AssigneeAgentId, _publicReplyAgentId,
            isFirstResponse: index == 0, _companyZone);
        if (_stoppedClock is null)
        {
            _stoppedClock = record;
            Db.ResponseClocks.Add(record);
            return;
        }

        // Same clock, counted again under the calendar now in force.
        record.Id = _stoppedClock.Id;
        Db.Entry(_stoppedClock).CurrentValues.SetValues(record);
    }
}
