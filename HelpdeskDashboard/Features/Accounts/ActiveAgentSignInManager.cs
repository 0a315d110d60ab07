using HelpdeskDashboard.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Features.Accounts;

/// <summary>
/// Refuses sign-in (Identity's "not allowed") to an account whose agent row is inactive. Circuits already open are
/// signed out at their next revalidation, because deactivation also renews the account's security stamp.
/// </summary>
internal sealed class ActiveAgentSignInManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation,
    IDbContextFactory<HelpdeskDbContext> dbFactory)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!await base.CanSignInAsync(user))
        {
            return false;
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        return !await db.Agents.AnyAsync(a => a.IdentityUserId == user.Id && !a.IsActive);
    }
}
