using FluentValidation;
using HelpdeskDashboard.Features.Assignment.Components;
using HelpdeskDashboard.Features.Tickets.Details;
using HelpdeskDashboard.Platform.Changes;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HelpdeskDashboard.Features.Assignment;

public static class AssignmentServiceCollectionExtensions
{
    /// <summary>
    /// The manager's assignment service, workload and risk queries (scoped: they act for the signed-in user), their
    /// validators and the notification centre (a singleton over the AgentNotifications table). Needs the ticket registrations.
    /// </summary>
    public static IServiceCollection AddAssignment(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddChangeHub<AgentNotificationHub>();
        services.TryAddSingleton<AgentNotificationCenter>();
        services.TryAddSingleton<IValidator<AssignOne>, AssignOneValidator>();
        services.TryAddSingleton<IValidator<AssignMany>, AssignManyValidator>();
        services.TryAddSingleton<IValidator<MoveAgentQueue>, MoveAgentQueueValidator>();
        services.TryAddScoped<IWorkloadQuery, WorkloadQuery>();
        services.TryAddScoped<IAssignmentService, AssignmentService>();
        services.TryAddScoped<IAssignmentHistoryQuery, AssignmentHistoryQuery>();
        services.AddTicketPagePanel<AssignmentHistory>(order: 200);
        return services;
    }
}
