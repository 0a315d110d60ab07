using HelpdeskDashboard.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Accounts;

/// <summary>
/// The Identity role <see cref="Roles.Manager"/> is the one source of truth for who is a manager: every permission
/// check reads it through the policies. <see cref="Agent.IsManager"/> is a copy for lists and for provisioning an
/// account later; this rewrites it from the role for every agent with a sign-in (at start-up and whenever the agents
/// page lists them). Agents without a sign-in keep their flag, which only says which roles their account will get.
/// </summary>
public sealed class ManagerFlagSync(IDbContextFactory<HelpdeskDbContext> dbFactory, UserManager<ApplicationUser> userManager)
{
    /// <returns>How many agents' flags changed.</returns>
    public async Task<int> SyncAsync(CancellationToken cancellationToken = default)
    {
        var managerIds = (await userManager.GetUsersInRoleAsync(Roles.Manager)).Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var linked = await db.Agents.Where(a => a.IdentityUserId != null).ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var agent in linked)
        {
            var isManager = managerIds.Contains(agent.IdentityUserId!);
            if (agent.IsManager != isManager)
            {
                agent.IsManager = isManager;
                changed++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return changed;
    }
}
