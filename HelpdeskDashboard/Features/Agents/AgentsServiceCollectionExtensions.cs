using FluentValidation;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HelpdeskDashboard.Features.Agents;

public static class AgentsServiceCollectionExtensions
{
    /// <summary>The manager's agent administration (activate, deactivate). Needs <c>AddHelpdeskIdentity</c>.</summary>
    public static IServiceCollection AddAgentAdministration(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IValidator<SetAgentActive>, SetAgentActiveValidator>();
        services.TryAddScoped<IAgentAdministration, AgentAdministration>();
        return services;
    }
}
