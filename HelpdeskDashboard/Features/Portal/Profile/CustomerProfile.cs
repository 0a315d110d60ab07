namespace HelpdeskDashboard.Features.Portal.Profile;

/// <summary>What the profile page shows about the signed-in customer user.</summary>
public sealed record CustomerProfile(string DisplayName, string Email, string CompanyName, string TimeZone);

/// <summary>The outcome of a profile change; on failure nothing was written.</summary>
public sealed record ProfileChangeResult(bool Succeeded, IReadOnlyList<string> Errors)
{
    public static ProfileChangeResult Ok { get; } = new(true, []);

    public static ProfileChangeResult Failed(params IReadOnlyList<string> errors) => new(false, errors);
}
