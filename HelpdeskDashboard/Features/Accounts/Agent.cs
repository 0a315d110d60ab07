using HelpdeskDashboard.Features.Agents;
namespace HelpdeskDashboard.Features.Accounts;

/// <summary>A member of the support team.</summary>
public sealed class Agent
{
    public int Id { get; set; }

    public required string DisplayName { get; set; }

    public required string Email { get; set; }

    /// <summary>Inactive agents keep their history but get no new tickets.</summary>
    public bool IsActive { get; set; } = true;

    public bool IsManager { get; set; }

    /// <summary>Links to the sign-in account once Identity is added.</summary>
    public string? IdentityUserId { get; set; }

    /// <summary>IANA time zone id used to show times to this agent.</summary>
    public required string TimeZone { get; set; }
}
