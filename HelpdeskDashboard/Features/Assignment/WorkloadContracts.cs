using HelpdeskDashboard.Features.Tiers;

namespace HelpdeskDashboard.Features.Assignment;

/// <summary>One agent's queue as the workload view shows it; instants and SLA figures read at <c>TimeProvider</c>'s now.</summary>
/// <param name="NextDue">The earliest due instant among the agent's live, not yet breached clocks.</param>
/// <param name="SlaTimeLeft">Business time left, summed over the agent's live, not yet breached clocks.</param>
/// <param name="SlaLoad">See <see cref="SlaLoad"/>: ranks who should get the next ticket.</param>
public sealed record AgentWorkload(
    int AgentId,
    string DisplayName,
    bool IsActive,
    int OpenTickets,
    int AtRisk,
    int Breached,
    DateTimeOffset? NextDue,
    TimeSpan SlaTimeLeft,
    double HoursLoggedThisWeek,
    int SlaLoad);

/// <summary>An open ticket whose response is due within the risk window.</summary>
public sealed record RiskTicket(
    int TicketId,
    int Version,
    string Subject,
    string CustomerName,
    Tier Tier,
    int? AssigneeAgentId,
    DateTimeOffset Due,
    TimeSpan BusinessTimeLeft,
    bool IsBreached);

/// <summary>The risk view's tickets of one assignee (<see cref="AgentId"/> null: unassigned), most urgent first.</summary>
public sealed record RiskGroup(int? AgentId, string AgentName, IReadOnlyList<RiskTicket> Tickets);

/// <summary>
/// The SLA load of a queue: 3 points per breached ticket, 2 per ticket at risk and 1 per any other open ticket
/// (paused or without SLA included, because they still take the agent's time). Urgent work weighs more than many
/// calm tickets, so a new ticket goes to whoever can answer it soonest.
/// </summary>
public static class SlaLoad
{
    public const int BreachedPoints = 3;
    public const int AtRiskPoints = 2;
    public const int OtherPoints = 1;

    public static int Of(int openTickets, int atRisk, int breached) =>
        (BreachedPoints * breached) + (AtRiskPoints * atRisk) + (OtherPoints * (openTickets - atRisk - breached));
}

public interface IWorkloadQuery
{
    /// <summary>Every active agent, and inactive agents who still hold open tickets. Manager only.</summary>
    Task<IReadOnlyList<AgentWorkload>> AgentsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Open tickets whose response falls due within <paramref name="businessHours"/> business hours from now,
    /// grouped by assignee; already breached ones too when <paramref name="includeBreached"/>. Manager only.
    /// </summary>
    Task<IReadOnlyList<RiskGroup>> AtRiskAsync(double businessHours, bool includeBreached, CancellationToken cancellationToken = default);
}
