using System.Linq.Expressions;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets.ResponseClock;
using HelpdeskDashboard.Platform.Time;

namespace HelpdeskDashboard.Features.Tickets.Board;

/// <summary>
/// The SLA filters as SQL-translatable predicates over the denormalised columns, exact with respect to the engine:
/// the few calendar look-ups that depend only on "now" are done once here, so every row compares plain numbers.
/// </summary>
internal sealed class BoardSlaMoment
{
    private readonly long _nowTicks;
    private readonly long _breachedIfDueAtOrBefore;
    private readonly bool _calendarOpen;
    private readonly long _todayStart;
    private readonly long _tomorrowStart;

    public BoardSlaMoment(BusinessCalendar calendar, CompanyClock companyClock, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(companyClock);
        _nowTicks = now.UtcTicks;
        _breachedIfDueAtOrBefore = TicketSlaFields.BreachedIfDueAtOrBeforeUtcTicks(calendar, now);
        _calendarOpen = calendar.IsOpen(now);

        var today = companyClock.LocalDate(now);
        _todayStart = companyClock.StartOfDay(today).UtcTicks;
        _tomorrowStart = companyClock.StartOfDay(today.AddDays(1)).UtcTicks;
    }

    /// <summary>A clock awaiting a reply, with an SLA and not paused: only these have a due instant that counts down.</summary>
    public static Expression<Func<Ticket, bool>> CountingDown => t => t.AwaitingResponse && t.ResponseDueUtcTicks != null;

    public Expression<Func<Ticket, bool>> Breached
    {
        get
        {
            var cutoff = _breachedIfDueAtOrBefore;
            return t => t.AwaitingResponse && t.ResponseDueUtcTicks != null && t.ResponseDueUtcTicks <= cutoff;
        }
    }

    /// <summary>The engine's <see cref="SlaReading.IsAtRisk"/> for an unpaused clock: live, not breached, little time left.</summary>
    public Expression<Func<Ticket, bool>> AtRisk
    {
        get
        {
            var (cutoff, now) = (_breachedIfDueAtOrBefore, _nowTicks);
            return t => t.AwaitingResponse && t.ResponseDueUtcTicks > cutoff && t.ResponseAtRiskFromUtcTicks <= now;
        }
    }

    /// <summary>The engine's <see cref="SlaState.Running"/>: counting now, neither breached nor at risk.</summary>
    public Expression<Func<Ticket, bool>> Running
    {
        get
        {
            var (cutoff, now, open) = (_breachedIfDueAtOrBefore, _nowTicks, _calendarOpen);
            return t => open && t.AwaitingResponse && t.ResponseDueUtcTicks > cutoff && t.ResponseAtRiskFromUtcTicks > now;
        }
    }

    /// <summary>The engine's <see cref="SlaState.OutsideBusinessHours"/>: the calendar is closed now, so every live, unbreached clock stands.</summary>
    public Expression<Func<Ticket, bool>> OutsideBusinessHours
    {
        get
        {
            var (cutoff, closed) = (_breachedIfDueAtOrBefore, !_calendarOpen);
            return t => closed && t.AwaitingResponse && t.ResponseDueUtcTicks > cutoff;
        }
    }

    /// <summary>Waiting on the customer or on hold, whatever the clock (an answered ticket can wait on the customer too).</summary>
    public static Expression<Func<Ticket, bool>> Paused => t => t.Status == TicketStatus.WaitingOnCustomer || t.Status == TicketStatus.OnHold;

    /// <summary>No target: Basic tier, or no customer message yet.</summary>
    public static Expression<Func<Ticket, bool>> NoSla => t => t.ResponseTargetTicks == null;

    /// <summary>A live clock due on today's company date (already breached ones included).</summary>
    public Expression<Func<Ticket, bool>> DueToday
    {
        get
        {
            var (from, to) = (_todayStart, _tomorrowStart);
            return t => t.AwaitingResponse && t.ResponseDueUtcTicks >= from && t.ResponseDueUtcTicks < to;
        }
    }

    public Expression<Func<Ticket, bool>> For(BoardSlaFilter filter) => filter switch
    {
        BoardSlaFilter.Any => _ => true,
        BoardSlaFilter.Running => Running,
        BoardSlaFilter.AtRisk => AtRisk,
        BoardSlaFilter.Breached => Breached,
        BoardSlaFilter.Paused => Paused,
        BoardSlaFilter.OutsideBusinessHours => OutsideBusinessHours,
        BoardSlaFilter.NoSla => NoSla,
        BoardSlaFilter.DueToday => DueToday,
        _ => throw new ArgumentOutOfRangeException(nameof(filter), filter, "Unknown SLA filter."),
    };
}
