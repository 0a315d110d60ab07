namespace HelpdeskDashboard.Features.Portal.Profile;

/// <summary>The profile form: the zone a customer user wants to see times in.</summary>
public sealed class ChangeTimeZone
{
    public string TimeZone { get; set; } = "";
}
