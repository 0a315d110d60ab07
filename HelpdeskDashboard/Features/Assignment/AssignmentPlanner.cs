namespace HelpdeskDashboard.Features.Assignment;

/// <summary>A ticket planned to go to <paramref name="To"/>.</summary>
public sealed record PlannedMove(TicketChoice Ticket, AssigneeOption To);

/// <summary>
/// Spreads tickets over the agents who can take them instead of giving them all to the one with the least load: each
/// ticket goes to the agent whose SLA load is lowest once the moves planned so far are counted (one point each, the
/// weight of a calm open ticket, added to the new assignee and taken from the old one when they are among the
/// options). A ticket never goes to its own assignee; a ticket only its assignee could take is left out. Ties keep the
/// options' order, which <see cref="IAssignmentService.AssigneesAsync"/> ranks already. The same plan for the same
/// input, so a preview equals what is then done.
/// </summary>
public static class AssignmentPlanner
{
    public static IReadOnlyList<PlannedMove> Spread(IReadOnlyList<TicketChoice> tickets, IReadOnlyList<AssigneeOption> options)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        ArgumentNullException.ThrowIfNull(options);
        var load = options.Select(o => o.SlaLoad).ToArray();
        var plan = new List<PlannedMove>(tickets.Count);
        foreach (var ticket in tickets)
        {
            var least = -1;
            for (var i = 0; i < load.Length; i++)
            {
                if (options[i].AgentId != ticket.AssigneeAgentId && (least < 0 || load[i] < load[least]))
                {
                    least = i;
                }
            }

            if (least < 0)
            {
                continue;
            }

            plan.Add(new PlannedMove(ticket, options[least]));
            load[least] += SlaLoad.OtherPoints;
            for (var i = 0; i < load.Length; i++)
            {
                if (options[i].AgentId == ticket.AssigneeAgentId)
                {
                    load[i] -= SlaLoad.OtherPoints;
                }
            }
        }

        return plan;
    }

    /// <summary>
    /// The risk view's one-click suggestions: one plan for every listed ticket, most urgent first, so each suggestion
    /// counts the ones before it and twelve tickets of one queue are spread instead of all offered to the same agent.
    /// </summary>
    public static IReadOnlyDictionary<int, AssigneeOption> SuggestFor(IReadOnlyList<RiskGroup> risk, IReadOnlyList<AssigneeOption> options)
    {
        ArgumentNullException.ThrowIfNull(risk);
        return Spread(
                [.. risk.SelectMany(g => g.Tickets).OrderBy(t => t.Due).ThenBy(t => t.TicketId)
                    .Select(t => new TicketChoice(t.TicketId, t.Version, t.Subject, t.AssigneeAgentId))],
                options)
            .ToDictionary(move => move.Ticket.TicketId, move => move.To);
    }
}
