using HelpdeskDashboard.Platform.Validation;

namespace HelpdeskDashboard.Features.Accounts;

/// <summary>A bootstrapped manager sees times in the company's zone until they choose their own.</summary>
internal static class ManagerTimeZone
{
    private const string Setting = "BusinessCalendar:TimeZone";

    private const string Fallback = "Europe/Berlin";

    public static string From(IConfiguration configuration)
    {
        var configured = configuration[Setting];
        return ContactRules.IsKnownIanaTimeZone(configured) ? configured! : Fallback;
    }
}
