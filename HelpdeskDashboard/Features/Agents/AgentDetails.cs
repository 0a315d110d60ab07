namespace HelpdeskDashboard.Features.Agents;

/// <summary>The editable data of an agent.</summary>
public sealed class AgentDetails
{
    public string DisplayName { get; set; } = "";

    public string Email { get; set; } = "";

    public string TimeZone { get; set; } = "Europe/Berlin";

    public bool IsManager { get; set; }

    public bool IsActive { get; set; } = true;
}
