namespace HelpdeskDashboard.Features.Sla;

/// <summary>What stopped a response clock.</summary>
public enum SlaStopReason
{
    /// <summary>An agent's public reply (internal notes never stop the clock).</summary>
    AgentReply,

    /// <summary>The ticket was resolved or closed without (or before) a reply.</summary>
    Resolved,
}
