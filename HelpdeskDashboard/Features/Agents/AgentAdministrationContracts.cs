using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Assignment;
using HelpdeskDashboard.Platform.Commands;

namespace HelpdeskDashboard.Features.Agents;

/// <summary>An agent on the manager's agents page.</summary>
public sealed record AgentListItem(int Id, string DisplayName, string Email, bool IsActive, bool IsManager, bool HasSignIn, int OpenTickets);

/// <summary>Activate (<paramref name="Active"/> true) or deactivate an agent.</summary>
public sealed record SetAgentActive(int AgentId, bool Active);

/// <summary>An open ticket of a deactivated agent, listed so the manager can reassign it.</summary>
public sealed record AgentOpenTicket(int TicketId, int Version, string Subject);

/// <summary>What deactivating an agent would do: their open tickets, each with the agent it would go to.</summary>
public sealed record DeactivationPlan(AgentListItem Agent, IReadOnlyList<PlannedMove> Moves);

/// <summary>Deactivate an agent and, in the same step, move their open tickets as planned (none: they stay).</summary>
public sealed record DeactivateAgent(int AgentId, IReadOnlyList<PlannedMove> Moves);

/// <summary>What a deactivation did: the tickets moved, those that could not be (and why), and those left with the agent.</summary>
public sealed record DeactivationReport(IReadOnlyList<PlannedMove> Moved, IReadOnlyList<SkippedTicket> Skipped, IReadOnlyList<AgentOpenTicket> StillOpen);

public interface IAgentAdministration
{
    /// <summary>All agents, active first; refreshes <see cref="Agent.IsManager"/> from the Manager role first. Manager only.</summary>
    Task<IReadOnlyList<AgentListItem>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Deactivating keeps the agent's history, blocks new assignments and sign-in, signs open circuits out at their
    /// next revalidation, and answers the agent's open tickets for reassignment (none after activating). Manager only.
    /// </summary>
    Task<CommandResult<IReadOnlyList<AgentOpenTicket>>> SetActiveAsync(SetAgentActive command, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AgentOpenTicket>> OpenTicketsAsync(int agentId, CancellationToken cancellationToken = default);

    /// <summary>The agent's open tickets spread over the other active agents (<see cref="AssignmentPlanner"/>). Manager only.</summary>
    Task<DeactivationPlan?> PlanDeactivationAsync(int agentId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deactivates the agent (as <see cref="SetActiveAsync"/>), then moves each planned ticket through the assignment
    /// service (its version guards against a change made since the plan; such a ticket is skipped with the reason).
    /// </summary>
    Task<CommandResult<DeactivationReport>> DeactivateAsync(DeactivateAgent command, CancellationToken cancellationToken = default);
}
