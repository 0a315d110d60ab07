using Microsoft.AspNetCore.Authorization;

namespace HelpdeskDashboard.Features.Accounts;

/// <summary>
/// Authorization policies, used alike by pages ([Authorize(Policy = ...)]), endpoints and services
/// (<see cref="ICurrentUser.IsAuthorizedAsync"/>).
/// </summary>
public static class Policies
{
    /// <summary>Agents and managers: the support team.</summary>
    public const string Agent = "Agent";

    public const string Manager = "Manager";

    /// <summary>A customer user who is linked to a customer; without the link there is nothing they may see.</summary>
    public const string Customer = "Customer";

    public static AuthorizationBuilder AddHelpdeskPolicies(this AuthorizationBuilder builder) => builder
        // Everything not marked [AllowAnonymous] needs a signed-in user, so a forgotten attribute fails closed.
        .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
        // Accepting Manager here too keeps a manager an agent even if the Agent role was not given.
        .AddPolicy(Agent, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Agent, Roles.Manager))
        .AddPolicy(Manager, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Manager))
        .AddPolicy(Customer, policy => policy.RequireAuthenticatedUser()
            .RequireRole(Roles.Customer)
            .RequireAssertion(context => CurrentUserInfo.ParseId(context.User.FindFirst(HelpdeskClaimTypes.CustomerId)?.Value) is not null));
}
