using HelpdeskDashboard.Features.Sla;

namespace HelpdeskDashboard.Features.Tickets.ResponseClock;

/// <summary>
/// Copies a reading of the ticket's current clock into the denormalised columns the board sorts and filters on.
/// </summary>
public static class TicketSlaFields
{
    /// <param name="reading">The engine's reading of the ticket's events at the instant of the change.</param>
    public static void Apply(Ticket ticket, SlaReading reading, BusinessCalendar calendar, double atRiskShare)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(calendar);

        var live = reading.ClockStartedAt is not null && !reading.IsStopped;
        ticket.ResponseClockStartedUtcTicks = reading.ClockStartedAt?.UtcTicks;
        ticket.ResponseTargetTicks = reading.Target?.Ticks;
        ticket.ResponseStoppedUtcTicks = reading.StoppedAt?.UtcTicks;
        ticket.AwaitingResponse = live;

        // A stopped clock keeps the due instant it had, so "answered in time" stays visible; while paused it is unknown.
        ticket.ResponseDueUtcTicks = reading.Target is not null && reading.PauseReason is null ? reading.Due?.UtcTicks : null;
        ticket.ResponseAtRiskFromUtcTicks = live && ticket.ResponseDueUtcTicks is { } due && ticket.ResponseTargetTicks is { } target
            ? AtRiskFromUtcTicks(calendar, due, target, atRiskShare)
            : null;
    }

    /// <summary>
    /// The earliest instant from which business time left until <paramref name="dueUtcTicks"/> is at most
    /// share × target, the engine's at-risk rule. <c>AddBusinessTime</c> with a negative amount gives the latest such
    /// instant; when closed time precedes it (a weekend), the clock is already at risk during that closed time, so the
    /// answer is the end of the open period before it: one tick after the latest instant with one tick of business
    /// time to go.
    /// </summary>
    public static long AtRiskFromUtcTicks(BusinessCalendar calendar, long dueUtcTicks, long targetTicks, double atRiskShare)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var share = new TimeSpan(targetTicks) * atRiskShare;
        var latest = calendar.AddBusinessTime(TicketSlaEvents.Instant(dueUtcTicks), -share);
        return calendar.AddBusinessTime(latest, -TimeSpan.FromTicks(1)).UtcTicks + 1;
    }

    /// <summary>
    /// Instants at or before this one have at least one tick of business time until <paramref name="now"/>, so a live,
    /// unpaused clock due at or before it is breached (elapsed &gt; target); one due later is not, even if its due
    /// instant passed while the calendar was closed.
    /// </summary>
    public static long BreachedIfDueAtOrBeforeUtcTicks(BusinessCalendar calendar, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.AddBusinessTime(now, -TimeSpan.FromTicks(1)).UtcTicks;
    }
}
