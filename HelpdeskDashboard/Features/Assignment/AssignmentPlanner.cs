namespace HelpdeskDashboard.Features.Assignment;

/// <summary>A ticket planned to go to <paramref name="To"/>.</summary>
public sealed record PlannedMove(TicketChoice Ticket, AssigneeOption To);

/// <summary>
/// Spreads tickets over the agents who can take them instead of giving them all to the one with the least load: each
/// ticket goes to the agent whose SLA load is lowest once the tickets planned so far are counted (one point each, the
/// weight of a calm open ticket). Ties keep the options' order, which <see cref="IAssignmentService.AssigneesAsync"/>
/// ranks already. The same plan for the same input, so a preview equals what is then done.
/// </summary>
public static class AssignmentPlanner
{
    public static IReadOnlyList<PlannedMove> Spread(IReadOnlyList<TicketChoice> tickets, IReadOnlyList<AssigneeOption> options)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Count == 0)
        {
            return [];
        }

        var load = options.Select(o => o.SlaLoad).ToArray();
        var plan = new List<PlannedMove>(tickets.Count);
        foreach (var ticket in tickets)
        {
            var least = 0;
            for (var i = 1; i < load.Length; i++)
            {
                if (load[i] < load[least])
                {
                    least = i;
                }
            }

            plan.Add(new PlannedMove(ticket, options[least]));
            load[least] += SlaLoad.OtherPoints;
        }

        return plan;
    }
}
