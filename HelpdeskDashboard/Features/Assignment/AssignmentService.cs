using System.Globalization;
using FluentValidation;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Tickets.Workflow;
using HelpdeskDashboard.Platform.Commands;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Assignment;

/// <inheritdoc cref="IAssignmentService"/>
/// <remarks>
/// Bulk commands are all-or-nothing per ticket: each ticket is one workflow save guarded by its version, so a ticket
/// someone else changed meanwhile is skipped (with the reason) and never overwritten, while the others go through.
/// </remarks>
public sealed class AssignmentService(
    IDbContextFactory<HelpdeskDbContext> dbFactory,
    ICurrentUser currentUser,
    ITicketWorkflow workflow,
    IWorkloadQuery workload,
    AgentNotificationCenter notifications,
    IValidator<AssignOne> oneValidator,
    IValidator<AssignMany> manyValidator,
    IValidator<MoveAgentQueue> queueValidator) : IAssignmentService
{
    private const string ManagersOnly = "Only a manager can assign or reassign tickets.";

    public async Task<CommandResult<int>> AssignAsync(AssignOne command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!await currentUser.IsAuthorizedAsync(Policies.Manager))
        {
            return CommandResult<int>.Denied(ManagersOnly);
        }

        var invalid = await oneValidator.RefusalAsync<AssignOne, int>(command, cancellationToken);
        if (invalid is not null)
        {
            return invalid;
        }

        return await MoveAsync(command.TicketId, command.ExpectedVersion, command.AgentId, command.Reason, cancellationToken);
    }

    public async Task<BulkAssignmentResult> AssignManyAsync(AssignMany command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!await currentUser.IsAuthorizedAsync(Policies.Manager))
        {
            return BulkAssignmentResult.Refused(CommandResult.Denied(ManagersOnly));
        }

        var invalid = await manyValidator.RefusalAsync(command, cancellationToken);
        if (invalid is not null)
        {
            return BulkAssignmentResult.Refused(invalid);
        }

        return await MoveEachAsync(command.Tickets, command.AgentId, command.Reason, cancellationToken);
    }

    public async Task<BulkAssignmentResult> MoveQueueAsync(MoveAgentQueue command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!await currentUser.IsAuthorizedAsync(Policies.Manager))
        {
            return BulkAssignmentResult.Refused(CommandResult.Denied(ManagersOnly));
        }

        var invalid = await queueValidator.RefusalAsync(command, cancellationToken);
        if (invalid is not null)
        {
            return BulkAssignmentResult.Refused(invalid);
        }

        // The versions read here guard each move: a ticket changed after this read is skipped, not overwritten.
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var queue = await WorkloadQuery.OpenTickets(db)
            .Where(t => t.AssigneeAgentId == command.FromAgentId)
            .OrderBy(t => t.Id)
            .Select(t => new TicketAtVersion(t.Id, t.Version))
            .ToListAsync(cancellationToken);
        if (queue.Count == 0)
        {
            return BulkAssignmentResult.Refused(CommandResult.Invalid(["The agent has no open tickets to move."]));
        }

        return await MoveEachAsync(queue, command.ToAgentId, command.Reason, cancellationToken);
    }

    public async Task<IReadOnlyList<AssigneeOption>> AssigneesAsync(int? except = null, CancellationToken cancellationToken = default)
    {
        var rows = await workload.AgentsAsync(cancellationToken);
        return rows
            .Where(r => r.IsActive && r.AgentId != except)
            .OrderBy(r => r.SlaLoad).ThenBy(r => r.OpenTickets).ThenBy(r => r.HoursLoggedThisWeek)
            .ThenBy(r => r.DisplayName, StringComparer.CurrentCulture).ThenBy(r => r.AgentId)
            .Select(r => new AssigneeOption(r.AgentId, r.DisplayName, r.SlaLoad, r.OpenTickets))
            .ToList();
    }

    public async Task<TicketAssignmentState?> CurrentAsync(int ticketId, CancellationToken cancellationToken = default)
    {
        await currentUser.EnsureManagerAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Tickets.AsNoTracking().Where(t => t.Id == ticketId)
            .Select(t => new TicketAssignmentState(t.Id, t.Version, t.AssigneeAgentId, t.Assignee == null ? null : t.Assignee.DisplayName, t.Subject))
            .SingleOrDefaultAsync(cancellationToken);
    }

    private async Task<BulkAssignmentResult> MoveEachAsync(
        IReadOnlyList<TicketAtVersion> tickets, int agentId, string? reason, CancellationToken cancellationToken)
    {
        var moved = new List<int>();
        var skipped = new List<SkippedTicket>();
        foreach (var ticket in tickets)
        {
            var result = await MoveAsync(ticket.TicketId, ticket.ExpectedVersion, agentId, reason, cancellationToken);
            if (result.Succeeded)
            {
                moved.Add(ticket.TicketId);
            }
            else
            {
                skipped.Add(new SkippedTicket(ticket.TicketId, string.Join(" ", result.Errors)));
            }
        }

        return new BulkAssignmentResult(CommandOutcome.Succeeded, moved, skipped, []);
    }

    private async Task<CommandResult<int>> MoveAsync(int ticketId, int expectedVersion, int agentId, string? reason, CancellationToken cancellationToken)
    {
        var before = await CurrentAsync(ticketId, cancellationToken);
        var result = await workflow.AssignAsync(new AssignTicket(ticketId, expectedVersion, agentId, reason), cancellationToken);
        if (result.Succeeded)
        {
            await NotifyAsync(ticketId, before?.AssigneeAgentId, agentId, cancellationToken);
        }

        return result;
    }

    private async Task NotifyAsync(int ticketId, int? fromAgentId, int toAgentId, CancellationToken cancellationToken)
    {
        var actor = await currentUser.GetAsync();
        var id = "#" + ticketId.ToString(CultureInfo.InvariantCulture);
        if (toAgentId != actor.AgentId)
        {
            await notifications.NotifyAsync(toAgentId, ticketId, $"Ticket {id} was assigned to you by {actor.DisplayName}.", cancellationToken);
        }

        if (fromAgentId is { } from && from != actor.AgentId && from != toAgentId)
        {
            await notifications.NotifyAsync(from, ticketId, $"Ticket {id} was reassigned away from you by {actor.DisplayName}.", cancellationToken);
        }
    }
}
