using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets;

namespace HelpdeskDashboard.Hosting.Demo;

/// <summary>
/// Plays a ticket's history forward, event by event, keeping status, history and response-SLA fields consistent:
/// a customer message starts the clock (target from the tier at that instant), an agent's public reply stops it,
/// waiting-on-customer and on-hold pause it (due unknown), leaving them resumes it with the business time left.
/// </summary>
internal sealed class DemoTicketTimeline
{
    private readonly BusinessCalendar _calendar;
    private readonly Func<DateTimeOffset, TimeSpan?> _targetAt;
    private TimeSpan _usedBeforePause;
    private DateTimeOffset? _runningSince;

    public DemoTicketTimeline(Ticket ticket, BusinessCalendar calendar, Func<DateTimeOffset, TimeSpan?> targetAt)
    {
        Ticket = ticket;
        _calendar = calendar;
        _targetAt = targetAt;
    }

    public Ticket Ticket { get; }

    public DateTimeOffset LastEventAt { get; private set; }

    private bool Paused => Ticket.Status is TicketStatus.WaitingOnCustomer or TicketStatus.OnHold;

    public void CustomerWrites(DateTimeOffset at, int? customerUserId, string body)
    {
        AddMessage(at, MessageAuthorKind.Customer, customerUserId, null, body, isInternalNote: false);
        if (Ticket.Status is TicketStatus.WaitingOnCustomer or TicketStatus.Resolved)
        {
            ChangeStatus(at, TicketStatus.Open, byAgentId: null); // a customer's reply reopens the ticket
        }

        if (Ticket.AwaitingResponse)
        {
            return; // the clock already runs for the earlier message
        }

        var target = _targetAt(at);
        Ticket.AwaitingResponse = true;
        Ticket.ResponseClockStartedUtcTicks = at.UtcTicks;
        Ticket.ResponseTargetTicks = target?.Ticks;
        Ticket.ResponseStoppedUtcTicks = null;
        _usedBeforePause = TimeSpan.Zero;
        _runningSince = Paused ? null : at;
        Ticket.ResponseDueUtcTicks = target is { } t && _runningSince is { } since ? _calendar.AddBusinessTime(since, t).UtcTicks : null;
    }

    public void AgentReplies(DateTimeOffset at, int agentId, string body)
    {
        AddMessage(at, MessageAuthorKind.Agent, null, agentId, body, isInternalNote: false);
        if (Ticket.AwaitingResponse)
        {
            Ticket.AwaitingResponse = false;
            Ticket.ResponseStoppedUtcTicks = at.UtcTicks;
        }
    }

    public void InternalNote(DateTimeOffset at, int agentId, string body) =>
        AddMessage(at, MessageAuthorKind.Agent, null, agentId, body, isInternalNote: true);

    public void SystemNote(DateTimeOffset at, string body) =>
        AddMessage(at, MessageAuthorKind.System, null, null, body, isInternalNote: false);

    public void ChangeStatus(DateTimeOffset at, TicketStatus to, int? byAgentId)
    {
        if (to == Ticket.Status)
        {
            return;
        }

        var wasPaused = Paused;
        Ticket.StatusChanges.Add(new TicketStatusChange
        {
            FromStatus = Ticket.Status,
            ToStatus = to,
            AtUtcTicks = at.UtcTicks,
            ByAgentId = byAgentId,
        });
        Ticket.Status = to;
        Touch(at);

        if (!Ticket.AwaitingResponse || Ticket.ResponseTargetTicks is not { } target)
        {
            return;
        }

        if (!wasPaused && Paused && _runningSince is { } since)
        {
            _usedBeforePause += _calendar.BusinessTimeBetween(since, at);
            _runningSince = null;
            Ticket.ResponseDueUtcTicks = null;
        }
        else if (wasPaused && !Paused)
        {
            _runningSince = at;
            Ticket.ResponseDueUtcTicks = _calendar.AddBusinessTime(at, new TimeSpan(target) - _usedBeforePause).UtcTicks;
        }
    }

    public void Assign(int? agentId) => Ticket.AssigneeAgentId = agentId;

    private void AddMessage(DateTimeOffset at, MessageAuthorKind kind, int? customerUserId, int? agentId, string body, bool isInternalNote)
    {
        Ticket.Messages.Add(new TicketMessage
        {
            AuthorKind = kind,
            AuthorCustomerUserId = customerUserId,
            AuthorAgentId = agentId,
            Body = body,
            CreatedUtcTicks = at.UtcTicks,
            IsInternalNote = isInternalNote,
        });
        Touch(at);
    }

    private void Touch(DateTimeOffset at)
    {
        if (at < LastEventAt)
        {
            throw new InvalidOperationException($"Demo ticket events must be in order: {at:O} comes before {LastEventAt:O}.");
        }

        LastEventAt = at;
        Ticket.UpdatedUtcTicks = at.UtcTicks;
    }
}
