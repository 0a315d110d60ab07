using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Agents;

/// <summary>GET /api/agents: the active agents, to assign tickets to through the ticket API; for the support team only.</summary>
public static class AgentApiEndpoints
{
    public static IEndpointRouteBuilder MapAgentApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet($"{ApiRequests.PathPrefix}/agents", async (IDbContextFactory<HelpdeskDbContext> dbFactory, CancellationToken cancellationToken) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            return TypedResults.Ok(await db.Agents.AsNoTracking()
                .Where(a => a.IsActive)
                .OrderBy(a => a.DisplayName).ThenBy(a => a.Id)
                .Select(a => new AgentSummary(a.Id, a.DisplayName))
                .ToListAsync(cancellationToken));
        }).RequireAuthorization(Policies.Agent).WithBareStatusCodes();
        return endpoints;
    }
}

/// <summary>Serialised as {"id":5,"displayName":"Ada Lovelace"}.</summary>
public sealed record AgentSummary(int Id, string DisplayName);
