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

    /// <summary>
    /// The Identity sign-in account (<see cref="ApplicationUser"/>) this agent uses, linked by the
    /// <see cref="AccountProvisioner"/>; null while the agent has no account, and again if the account is deleted (the
    /// agent and their history stay).
    /// </summary>
    public string? IdentityUserId { get; set; }

    /// <summary>IANA time zone id used to show times to this agent.</summary>
    public required string TimeZone { get; set; }
}
