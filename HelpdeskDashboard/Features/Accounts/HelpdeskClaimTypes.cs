namespace HelpdeskDashboard.Features.Accounts;

/// <summary>Claims added at sign-in by <see cref="HelpdeskClaimsPrincipalFactory"/>.</summary>
public static class HelpdeskClaimTypes
{
    /// <summary>The customer whose data a customer user may see; absent for agents.</summary>
    public const string CustomerId = "customer_id";

    /// <summary>The agent row of an agent or manager; absent for customer users.</summary>
    public const string AgentId = "agent_id";

    /// <summary>The person's name for the app bar; the Name claim holds the e-mail address.</summary>
    public const string DisplayName = "display_name";
}
