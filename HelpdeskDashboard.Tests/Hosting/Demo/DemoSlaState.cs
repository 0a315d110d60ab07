using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets;

namespace HelpdeskDashboard.Tests.Hosting.Demo;

/// <summary>The SLA situation of a ticket at an instant, read from its recorded fields with the calendar.</summary>
internal enum DemoSlaState
{
    NoSla,
    Running,
    AtRisk,
    Breached,
    Paused,
    AnsweredInTime,
    AnsweredLate,
}

internal static class DemoSlaClassifier
{
    /// <summary>At risk: at most a quarter of the target left.</summary>
    public static DemoSlaState Classify(Ticket ticket, BusinessCalendar calendar, DateTimeOffset now)
    {
        if (ticket.ResponseTargetTicks is not { } targetTicks)
        {
            return DemoSlaState.NoSla;
        }

        if (!ticket.AwaitingResponse)
        {
            return ticket.ResponseStoppedUtcTicks <= ticket.ResponseDueUtcTicks ? DemoSlaState.AnsweredInTime : DemoSlaState.AnsweredLate;
        }

        if (ticket.ResponseDueUtcTicks is not { } dueTicks)
        {
            return DemoSlaState.Paused;
        }

        var left = calendar.BusinessTimeBetween(now, new DateTimeOffset(dueTicks, TimeSpan.Zero));
        return left < TimeSpan.Zero ? DemoSlaState.Breached
            : left.Ticks <= targetTicks / 4 ? DemoSlaState.AtRisk
            : DemoSlaState.Running;
    }
}
