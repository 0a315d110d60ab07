namespace HelpdeskDashboard.Features.Portal.Profile;

/// <summary>What the profile page shows about the signed-in customer user.</summary>
public sealed record CustomerProfile(string DisplayName, string Email, string CompanyName, string TimeZone);
