namespace HelpdeskDashboard.Features.Tickets.Workflow;

/// <summary>
/// Which status changes an agent may make. New is only where a ticket starts; the open statuses move freely among
/// each other; Resolved and Closed end the work and are left only by reopening (to Open), so a finished ticket's
/// history stays readable: resolved, then reopened, then answered.
/// </summary>
public static class TicketStatusRules
{
    /// <summary>Null when the change is allowed, else why not (shown to the agent).</summary>
    public static string? WhyNot(TicketStatus from, TicketStatus to)
    {
        if (from == to)
        {
            return $"The ticket is already {Text(to)}.";
        }

        if (to == TicketStatus.New)
        {
            return "A ticket cannot go back to New; set it to Open instead.";
        }

        return from switch
        {
            TicketStatus.Resolved when to is not (TicketStatus.Open or TicketStatus.Closed) =>
                $"A resolved ticket can only be reopened (Open) or closed, not set to {Text(to)}.",
            TicketStatus.Closed when to != TicketStatus.Open =>
                $"A closed ticket can only be reopened (Open), not set to {Text(to)}.",
            _ => null,
        };
    }

    public static string Text(TicketStatus status) => status switch
    {
        TicketStatus.New => "New",
        TicketStatus.Open => "Open",
        TicketStatus.WaitingOnCustomer => "Waiting on customer",
        TicketStatus.OnHold => "On hold",
        TicketStatus.Resolved => "Resolved",
        TicketStatus.Closed => "Closed",
        _ => status.ToString(),
    };
}
