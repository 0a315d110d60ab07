namespace HelpdeskDashboard.Features.Assignment;

/// <summary>
/// Who carries too much: an active agent whose SLA load is at least twice the team's median and at least
/// <see cref="MinimumExcess"/> points above it. The median, not the mean, so one overloaded queue does not raise the
/// bar it is measured against; the minimum excess keeps a calm team (median 2, one agent at 4) from flagging anyone.
/// </summary>
public static class WorkloadBalance
{
    public const double Factor = 2;
    public const int MinimumExcess = 5;

    /// <summary>The load above which an agent counts as overloaded; the active agents' median decides it.</summary>
    public static double Threshold(IReadOnlyList<AgentWorkload> agents)
    {
        ArgumentNullException.ThrowIfNull(agents);
        var loads = agents.Where(a => a.IsActive).Select(a => (double)a.SlaLoad).Order().ToArray();
        var median = loads.Length == 0 ? 0
            : loads.Length % 2 == 1 ? loads[loads.Length / 2]
            : (loads[(loads.Length / 2) - 1] + loads[loads.Length / 2]) / 2;
        return Math.Max(median * Factor, median + MinimumExcess);
    }

    public static bool IsOverloaded(AgentWorkload agent, double threshold)
    {
        ArgumentNullException.ThrowIfNull(agent);
        return agent.IsActive && agent.SlaLoad >= threshold;
    }
}
