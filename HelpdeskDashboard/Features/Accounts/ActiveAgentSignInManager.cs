using HelpdeskDashboard.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Features.Accounts;

/// <summary>
/// Password sign-in that tells nobody which addresses have accounts: an unknown address costs the same password hash
/// check as a real one and gets the same answer; "locked" and "deactivated" (Identity's "not allowed" for an inactive
/// agent row) are said only to the right password. Circuits already open are signed out at their next revalidation,
/// because deactivation also renews the account's security stamp.
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
    // Any valid hash of the configured hasher's format; made once, so unknown addresses cost one verification.
    private static readonly Lazy<string> UnknownUserHash = new(() =>
        new PasswordHasher<ApplicationUser>().HashPassword(new ApplicationUser(), Guid.NewGuid().ToString()));

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            _ = UserManager.PasswordHasher.VerifyHashedPassword(new ApplicationUser(), UnknownUserHash.Value, password);
            return SignInResult.Failed;
        }

        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }

    public override async Task<SignInResult> PasswordSignInAsync(ApplicationUser user, string password, bool isPersistent, bool lockoutOnFailure)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await UserManager.IsLockedOutAsync(user))
        {
            return await UserManager.CheckPasswordAsync(user, password) ? SignInResult.LockedOut : SignInResult.Failed;
        }

        var attempt = await CheckPasswordSignInAsync(user, password, lockoutOnFailure);
        if (!attempt.Succeeded)
        {
            // The wrong password that just locked the account is still only a wrong password to the one who typed it.
            return attempt.IsLockedOut ? SignInResult.Failed : attempt;
        }

        return await IsDeactivatedAsync(user) ? SignInResult.NotAllowed : await SignInOrTwoFactorAsync(user, isPersistent);
    }

    private async Task<bool> IsDeactivatedAsync(ApplicationUser user)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Agents.AnyAsync(a => a.IdentityUserId == user.Id && !a.IsActive);
    }
}
