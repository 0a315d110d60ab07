using Microsoft.AspNetCore.Identity;

namespace HelpdeskDashboard.Features.Accounts;

/// <summary>
/// A sign-in account. The user name is the e-mail address. What the person may see comes from the roles and
/// from the agent or customer user row that points at the account through its IdentityUserId.
/// </summary>
public sealed class ApplicationUser : IdentityUser
{
    /// <summary>Shown in the app bar; copied from the agent or customer user when the account is created.</summary>
    public string DisplayName { get; set; } = "";
}
