using System.Globalization;
using FluentValidation;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Assignment;
using HelpdeskDashboard.Features.Audit;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Platform.Commands;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Agents;

/// <inheritdoc cref="IAgentAdministration"/>
public sealed class AgentAdministration(
    IDbContextFactory<HelpdeskDbContext> dbFactory,
    ICurrentUser currentUser,
    TimeProvider timeProvider,
    ManagerFlagSync managerFlags,
    IAssignmentService assignment,
    UserManager<ApplicationUser> userManager,
    IValidator<SetAgentActive> validator) : IAgentAdministration
{
    public const string AuditEntityType = "Agent";

    public async Task<IReadOnlyList<AgentListItem>> ListAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.EnsureManagerAsync();
        await managerFlags.SyncAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var open = await OpenTickets(db).Where(t => t.AssigneeAgentId != null)
            .GroupBy(t => t.AssigneeAgentId!.Value).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var agents = await db.Agents.AsNoTracking().ToListAsync(cancellationToken);
        return agents
            .OrderByDescending(a => a.IsActive).ThenBy(a => a.DisplayName, StringComparer.CurrentCulture)
            .Select(a => new AgentListItem(a.Id, a.DisplayName, a.Email, a.IsActive, a.IsManager, a.IdentityUserId is not null, open.GetValueOrDefault(a.Id)))
            .ToList();
    }

    public async Task<CommandResult<IReadOnlyList<AgentOpenTicket>>> SetActiveAsync(SetAgentActive command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!await currentUser.IsAuthorizedAsync(Policies.Manager))
        {
            return CommandResult<IReadOnlyList<AgentOpenTicket>>.Denied("Only a manager can activate or deactivate agents.");
        }

        if (await validator.RefusalAsync<SetAgentActive, IReadOnlyList<AgentOpenTicket>>(command, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        var actor = await currentUser.GetAsync();
        if (!command.Active && command.AgentId == actor.AgentId)
        {
            return CommandResult<IReadOnlyList<AgentOpenTicket>>.Denied("You cannot deactivate yourself; ask another manager.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var agent = await db.Agents.SingleAsync(a => a.Id == command.AgentId, cancellationToken);
        if (agent.IsActive != command.Active)
        {
            agent.IsActive = command.Active;
            db.AuditEntries.Add(new AuditEntry
            {
                AtUtcTicks = timeProvider.GetUtcNow().UtcTicks,
                Actor = actor.Email ?? actor.DisplayName,
                Action = command.Active ? "AgentActivated" : "AgentDeactivated",
                EntityType = AuditEntityType,
                EntityId = agent.Id.ToString(CultureInfo.InvariantCulture),
                OldValue = command.Active ? "inactive" : "active",
                NewValue = command.Active ? "active" : "inactive",
            });
            await db.SaveChangesAsync(cancellationToken);

            // A new stamp makes every open session of the account fail its next security-stamp check.
            if (!command.Active && agent.IdentityUserId is { } userId && await userManager.FindByIdAsync(userId) is { } user)
            {
                await userManager.UpdateSecurityStampAsync(user);
            }
        }

        return CommandResult<IReadOnlyList<AgentOpenTicket>>.Ok(command.Active ? [] : await OpenTicketsAsync(agent.Id, cancellationToken));
    }

    public async Task<IReadOnlyList<AgentOpenTicket>> OpenTicketsAsync(int agentId, CancellationToken cancellationToken = default)
    {
        await currentUser.EnsureManagerAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await OpenTickets(db).Where(t => t.AssigneeAgentId == agentId)
            .OrderBy(t => t.ResponseDueUtcTicks == null).ThenBy(t => t.ResponseDueUtcTicks).ThenBy(t => t.Id)
            .Select(t => new AgentOpenTicket(t.Id, t.Version, t.Subject))
            .ToListAsync(cancellationToken);
    }

    public async Task<DeactivationPlan?> PlanDeactivationAsync(int agentId, CancellationToken cancellationToken = default)
    {
        if ((await ListAsync(cancellationToken)).FirstOrDefault(a => a.Id == agentId) is not { } agent)
        {
            return null;
        }

        var tickets = await OpenTicketsAsync(agentId, cancellationToken);
        var assignees = await assignment.AssigneesAsync(except: agentId, cancellationToken);
        return new DeactivationPlan(agent, AssignmentPlanner.Spread([.. tickets.Select(t => new TicketChoice(t.TicketId, t.Version, t.Subject, agentId))], assignees));
    }

    public async Task<CommandResult<DeactivationReport>> DeactivateAsync(DeactivateAgent command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var deactivated = await SetActiveAsync(new SetAgentActive(command.AgentId, Active: false), cancellationToken);
        if (!deactivated.Succeeded)
        {
            return CommandResult<DeactivationReport>.Refused(deactivated);
        }

        var moved = new List<PlannedMove>();
        var skipped = new List<SkippedTicket>();
        foreach (var move in command.Moves.Where(m => m.Ticket.AssigneeAgentId == command.AgentId))
        {
            var result = await assignment.AssignAsync(
                new AssignOne(move.Ticket.TicketId, move.Ticket.Version, move.To.AgentId, "The assignee was deactivated."), cancellationToken);
            if (result.Succeeded)
            {
                moved.Add(move);
            }
            else
            {
                skipped.Add(new SkippedTicket(move.Ticket.TicketId, string.Join(" ", result.Errors)));
            }
        }

        return CommandResult<DeactivationReport>.Ok(new DeactivationReport(moved, skipped, await OpenTicketsAsync(command.AgentId, cancellationToken)));
    }

    private static IQueryable<Ticket> OpenTickets(HelpdeskDbContext db) => db.Tickets.AsNoTracking().Where(t =>
        t.Status == TicketStatus.New || t.Status == TicketStatus.Open || t.Status == TicketStatus.WaitingOnCustomer || t.Status == TicketStatus.OnHold);
}
