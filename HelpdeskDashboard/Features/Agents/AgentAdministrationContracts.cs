using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Platform.Commands;

namespace HelpdeskDashboard.Features.Agents;

/// <summary>An agent on the manager's agents page.</summary>
public sealed record AgentListItem(int Id, string DisplayName, string Email, bool IsActive, bool IsManager, bool HasSignIn, int OpenTickets);

/// <summary>Activate (<paramref name="Active"/> true) or deactivate an agent.</summary>
public sealed record SetAgentActive(int AgentId, bool Active);

/// <summary>An open ticket of a deactivated agent, listed so the manager can reassign it.</summary>
public sealed record AgentOpenTicket(int TicketId, int Version, string Subject);

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
}
