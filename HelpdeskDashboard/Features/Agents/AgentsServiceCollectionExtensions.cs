using FluentValidation;
using HelpdeskDashboard.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HelpdeskDashboard.Features.Agents;

public static class AgentsServiceCollectionExtensions
{
    /// <summary>
    /// The manager's agent administration, the sign-in guard for inactive agents and the start-up sync of
    /// <see cref="Agent.IsManager"/> from the Manager role. Register after <c>AddHelpdeskIdentity</c>: the guard
    /// replaces Identity's sign-in manager and the sync must run after the account bootstrap.
    /// </summary>
    public static IServiceCollection AddAgentAdministration(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddScoped<SignInManager<ApplicationUser>, ActiveAgentSignInManager>();
        services.TryAddSingleton<IValidator<SetAgentActive>, SetAgentActiveValidator>();
        services.TryAddScoped<ManagerFlagSync>();
        services.TryAddScoped<IAgentAdministration, AgentAdministration>();
        services.AddHostedService<ManagerFlagSyncOnStartup>();
        return services;
    }
}
