namespace HelpdeskDashboard.Features.Accounts;

public static class AccountPaths
{
    public const string Login = "/Account/Login";

    public const string Logout = "/Account/Logout";

    public const string AccessDenied = "/Account/AccessDenied";

    /// <summary>Where agents and managers land after signing in.</summary>
    public const string AgentHome = "/board";

    /// <summary>Where customer users land after signing in.</summary>
    public const string CustomerHome = "/portal";

    /// <summary>The login page that returns to <paramref name="returnUrl"/> (a local path such as "/board?x=1").</summary>
    public static string LoginReturningTo(string returnUrl) => $"{Login}?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
}
