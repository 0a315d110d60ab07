using System.Globalization;
using System.Security.Claims;
using HelpdeskDashboard.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Features.Accounts;

/// <summary>
/// Adds the customer, agent and display name to the sign-in cookie, so that every request knows whose data
/// the user may see without asking the database again.
/// </summary>
internal sealed class HelpdeskClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options,
    IDbContextFactory<HelpdeskDbContext> contextFactory)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        await using var db = await contextFactory.CreateDbContextAsync();

        var customerUser = await db.CustomerUsers.AsNoTracking()
            .Where(u => u.IdentityUserId == user.Id)
            .Select(u => new { u.CustomerId, u.DisplayName })
            .SingleOrDefaultAsync();
        var agent = await db.Agents.AsNoTracking()
            .Where(a => a.IdentityUserId == user.Id)
            .Select(a => new { a.Id, a.DisplayName })
            .SingleOrDefaultAsync();

        if (customerUser is not null)
        {
            identity.AddClaim(new Claim(HelpdeskClaimTypes.CustomerId, customerUser.CustomerId.ToString(CultureInfo.InvariantCulture)));
        }

        if (agent is not null)
        {
            identity.AddClaim(new Claim(HelpdeskClaimTypes.AgentId, agent.Id.ToString(CultureInfo.InvariantCulture)));
        }

        var displayName = new[] { agent?.DisplayName, customerUser?.DisplayName, user.DisplayName, user.Email }
            .FirstOrDefault(name => !string.IsNullOrWhiteSpace(name));
        if (displayName is not null)
        {
            identity.AddClaim(new Claim(HelpdeskClaimTypes.DisplayName, displayName));
        }

        return identity;
    }
}
