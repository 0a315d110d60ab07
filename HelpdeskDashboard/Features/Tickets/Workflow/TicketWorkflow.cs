using System.Globalization;
using FluentValidation;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Audit;
using HelpdeskDashboard.Features.Tickets.Attachments;
using HelpdeskDashboard.Features.Tickets.Mail;
using HelpdeskDashboard.Features.Tickets.ResponseClock;
using HelpdeskDashboard.Platform.Commands;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Tickets.Workflow;

/// <summary>
/// Every change to a ticket. Each command: checks who may do it, validates the input, loads the ticket through the
/// query gate in a context of its own, checks the expected version, applies the change with its status history,
/// recomputes the SLA columns, saves once (the concurrency token turns a lost race into a conflict) and only then
/// publishes the change. Any failure writes nothing and publishes nothing.
/// </summary>
/// <remarks>
/// Decisions: agents may not send a public reply on a Closed ticket (reopen it first; internal notes are allowed on any
/// ticket); customers may not write on a Closed ticket (they open a new one), while a message on a Resolved or
/// Waiting-on-customer ticket reopens it (a system status change, so the clock runs again) and one on an On-hold
/// ticket leaves it on hold (holding is the agents' decision); logging time does not touch the ticket row, so it
/// neither bumps the version (which would turn a colleague's reply into a conflict) nor changes the clock.
/// Status transitions follow <see cref="TicketStatusRules"/>.
/// </remarks>
public sealed class TicketWorkflow(
    IDbContextFactory<HelpdeskDbContext> dbFactory,
    ICurrentUser currentUser,
    ScopedQueries scopedQueries,
    TimeProvider timeProvider,
    TicketClock clock,
    TicketChangeHub hub,
    AttachmentIntake attachments,
    TicketMailer mailer,
    IValidator<NewTicketMessage> messageValidator,
    IValidator<ChangeTicketStatus> statusValidator,
    IValidator<AssignTicket> assignValidator) : ITicketWorkflow
{
    private const string AgentsOnly = "Only the support team can do this.";
    private const string CustomersOnly = "Only the customer's own people can write as the customer.";
    private const string ManagersAssign =
        "Only a manager can assign a ticket to someone else, take over an assigned ticket or unassign it; agents may take unassigned tickets themselves.";

    public async Task<CommandResult<int>> ReplyAsync(ReplyToTicket command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (agentId, denied) = await SignedInAgentAsync();
        if (denied is not null)
        {
            return denied;
        }

        var invalid = await messageValidator.RefusalAsync<NewTicketMessage, int>(
            new NewTicketMessage { TicketId = command.TicketId, Body = command.Body, IsInternalNote = command.IsInternalNote }, cancellationToken);
        if (invalid is not null)
        {
            return invalid;
        }

        var stored = await attachments.StoreAsync(command.Files ?? [], cancellationToken);
        if (!stored.Succeeded)
        {
            return CommandResult<int>.Refused(stored);
        }

        var kind = command.IsInternalNote ? TicketChangeKind.InternalNote : TicketChangeKind.AgentReply;
        return await EditAsync(command.TicketId, command.ExpectedVersion, kind, async edit =>
        {
            if (!command.IsInternalNote && edit.Ticket.Status == TicketStatus.Closed)
            {
                return CommandResult<int>.Invalid(
                    [$"Ticket #{edit.Ticket.Id} is closed; reopen it before replying to the customer (internal notes are still possible)."]);
            }

            var message = edit.AddMessage(MessageAuthorKind.Agent, customerUserId: null, agentId, command.Body, command.IsInternalNote, stored.Value!);
            if (!command.IsInternalNote)
            {
                if (edit.Ticket.Status == TicketStatus.New)
                {
                    edit.ChangeStatus(TicketStatus.Open, agentId);
                }

                var agentName = await edit.Db.Agents.AsNoTracking().Where(a => a.Id == agentId).Select(a => a.DisplayName).SingleAsync(cancellationToken);
                await mailer.QueueAgentReplyAsync(edit.Db, edit.Ticket, message, agentName, cancellationToken);
            }

            return null;
        }, cancellationToken);
    }

    public async Task<CommandResult<int>> PostCustomerMessageAsync(PostCustomerMessage command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!await currentUser.IsAuthorizedAsync(Policies.Customer))
        {
            return CommandResult<int>.Denied(CustomersOnly);
        }

        var invalid = await messageValidator.RefusalAsync<NewTicketMessage, int>(new NewTicketMessage { TicketId = command.TicketId, Body = command.Body }, cancellationToken);
        if (invalid is not null)
        {
            return invalid;
        }

        var stored = await attachments.StoreAsync(command.Files ?? [], cancellationToken);
        if (!stored.Succeeded)
        {
            return CommandResult<int>.Refused(stored);
        }

        var user = await currentUser.GetAsync();
        return await EditAsync(command.TicketId, command.ExpectedVersion, TicketChangeKind.CustomerMessage, async edit =>
        {
            var author = await edit.Db.CustomerUsers.AsNoTracking()
                .Where(u => u.IdentityUserId == user.UserId && u.CustomerId == edit.Ticket.CustomerId)
                .Select(u => new { u.Id, u.DisplayName })
                .FirstOrDefaultAsync(cancellationToken);
            return await AddCustomerMessageAsync(edit, author?.Id, author?.DisplayName ?? user.DisplayName, command.Body, stored.Value!, viaEmail: false, cancellationToken);
        }, cancellationToken);
    }

    public async Task<CommandResult<int>> ReceiveCustomerMailAsync(ReceiveCustomerMail command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var invalid = await messageValidator.RefusalAsync<NewTicketMessage, int>(new NewTicketMessage { TicketId = command.TicketId, Body = command.Body }, cancellationToken);
        if (invalid is not null)
        {
            return invalid;
        }

        var stored = await attachments.StoreAsync(command.Files, cancellationToken);
        if (!stored.Succeeded)
        {
            return CommandResult<int>.Refused(stored);
        }

        // Nobody to show a conflict to: apply to the latest version, again if a colleague's change came first.
        var result = TicketCommandResults.Missing();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            TicketMessage? added = null;
            result = await EditAsync(command.TicketId, expectedVersion: null, TicketChangeKind.CustomerMessage, async edit =>
            {
                var author = command.CustomerUserId is { } id
                    ? await edit.Db.CustomerUsers.AsNoTracking().Where(u => u.Id == id && u.CustomerId == edit.Ticket.CustomerId)
                        .Select(u => new { u.Id, u.DisplayName }).FirstOrDefaultAsync(cancellationToken)
                    : null;
                if (command.CustomerUserId is not null && author is null)
                {
                    return CommandResult<int>.Denied("The sender is not one of this customer's people.");
                }

                var outcome = await AddCustomerMessageAsync(edit, author?.Id, author?.DisplayName ?? "The customer", command.Body, stored.Value!, viaEmail: true, cancellationToken);
                added = edit.Db.TicketMessages.Local.LastOrDefault(m => m.TicketId == edit.Ticket.Id);
                return outcome;
            }, cancellationToken, system: true);
            if (result.Outcome != CommandOutcome.Conflict)
            {
                return result.Succeeded && added is not null ? CommandResult<int>.Ok(added.Id) : result;
            }
        }

        return result;
    }

    /// <summary>A customer's message on the ticket, portal or mail alike: reopens what waits for them, mails the assignee.</summary>
    private async Task<CommandResult<int>?> AddCustomerMessageAsync(
        TicketEdit edit, int? authorId, string authorName, string body, IReadOnlyList<StoredAttachment> files, bool viaEmail, CancellationToken cancellationToken)
    {
        if (edit.Ticket.Status == TicketStatus.Closed)
        {
            return CommandResult<int>.Invalid([$"Ticket #{edit.Ticket.Id} is closed; please open a new ticket."]);
        }

        var message = edit.AddMessage(MessageAuthorKind.Customer, authorId, agentId: null, body, isInternalNote: false, files);
        message.ViaEmail = viaEmail;

        // The customer answered (or came back): the clock must run again, which takes a status change.
        if (edit.Ticket.Status is TicketStatus.WaitingOnCustomer or TicketStatus.Resolved)
        {
            edit.ChangeStatus(TicketStatus.Open, byAgentId: null);
        }

        await mailer.QueueCustomerMessageAsync(edit.Db, edit.Ticket, message, authorName, cancellationToken);
        return null;
    }

    public async Task<CommandResult<int>> ChangeStatusAsync(ChangeTicketStatus command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (agentId, denied) = await SignedInAgentAsync();
        if (denied is not null)
        {
            return denied;
        }

        var invalid = await statusValidator.RefusalAsync<ChangeTicketStatus, int>(command, cancellationToken);
        if (invalid is not null)
        {
            return invalid;
        }

        return await EditAsync(command.TicketId, command.ExpectedVersion, TicketChangeKind.StatusChanged, async edit =>
        {
            if (TicketStatusRules.WhyNot(edit.Ticket.Status, command.NewStatus) is { } why)
            {
                return CommandResult<int>.Invalid([why]);
            }

            edit.ChangeStatus(command.NewStatus, agentId);
            await mailer.QueueStatusAsync(edit.Db, edit.Ticket, command.NewStatus, cancellationToken);
            return null;
        }, cancellationToken);
    }

    public async Task<CommandResult<int>> AssignAsync(AssignTicket command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (agentId, denied) = await SignedInAgentAsync();
        if (denied is not null)
        {
            return denied;
        }

        var invalid = await assignValidator.RefusalAsync<AssignTicket, int>(command, cancellationToken);
        if (invalid is not null)
        {
            return invalid;
        }

        var actor = await currentUser.GetAsync();
        return await EditAsync(command.TicketId, command.ExpectedVersion, TicketChangeKind.Assigned, async edit =>
        {
            var previousId = edit.Ticket.AssigneeAgentId;
            var previous = previousId is { } id ? await edit.Db.Agents.AsNoTracking().SingleAsync(a => a.Id == id, cancellationToken) : null;
            if (previousId == command.AgentId)
            {
                return CommandResult<int>.Invalid([previous is null ? "The ticket is already unassigned." : $"The ticket is already assigned to {previous.DisplayName}."]);
            }

            var takesUnassignedTicket = previousId is null && command.AgentId == agentId;
            if (!takesUnassignedTicket)
            {
                try
                {
                    await currentUser.EnsureManagerAsync();
                }
                catch (ForbiddenException)
                {
                    return CommandResult<int>.Denied(ManagersAssign);
                }
            }

            Agent? next = null;
            if (command.AgentId is { } nextId)
            {
                next = await edit.Db.Agents.AsNoTracking().SingleOrDefaultAsync(a => a.Id == nextId, cancellationToken);
                if (next is null)
                {
                    return CommandResult<int>.Invalid([$"There is no agent #{nextId}."]);
                }

                if (!next.IsActive)
                {
                    return CommandResult<int>.Invalid([$"{next.DisplayName} is no longer active and cannot receive tickets."]);
                }
            }

            edit.Ticket.AssigneeAgentId = command.AgentId;
            edit.Db.AuditEntries.Add(new AuditEntry
            {
                AtUtcTicks = edit.Now.UtcTicks,
                Actor = actor.Email ?? actor.DisplayName,
                Action = (previous, next) switch
                {
                    (null, _) => TicketAudit.Assigned,
                    (_, null) => TicketAudit.Unassigned,
                    _ => TicketAudit.Reassigned,
                },
                EntityType = TicketAudit.EntityType,
                EntityId = edit.Ticket.Id.ToString(CultureInfo.InvariantCulture),
                OldValue = AgentText(previous),
                NewValue = AgentText(next),
                Reason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim(),
            });
            if (next is not null)
            {
                await mailer.QueueAssignedAsync(edit.Db, edit.Ticket, next.Id, agentId, actor.DisplayName, cancellationToken);
            }

            return null;
        }, cancellationToken, concerned: previousId => [previousId, command.AgentId]);
    }

    /// <summary>
    /// Loads the ticket in a context of its own, lets <paramref name="apply"/> change it (or refuse with a result),
    /// then records the SLA columns, saves and publishes.
    /// </summary>
    /// <param name="expectedVersion">
    /// The version the caller saw: any other is a conflict. Null (the system, which has nobody to show a conflict to)
    /// takes the version just loaded; a change saved between that load and the save is still a conflict.
    /// </param>
    private async Task<CommandResult<int>> EditAsync(
        int ticketId,
        int? expectedVersion,
        TicketChangeKind kind,
        Func<TicketEdit, Task<CommandResult<int>?>> apply,
        CancellationToken cancellationToken,
        Func<int?, IEnumerable<int?>>? concerned = null,
        bool system = false)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // The system acts for nobody in particular; everyone else sees only what their scope allows.
        var ticket = system
            ? await db.Tickets.FirstOrDefaultAsync(t => t.Id == ticketId, cancellationToken)
            : await scopedQueries.FindTicketAsync(db, ticketId, cancellationToken);
        if (ticket is null)
        {
            return TicketCommandResults.Missing();
        }

        // Taken before the save bumps it, for the conflict message.
        var baseVersion = expectedVersion ?? ticket.Version;
        if (ticket.Version != baseVersion)
        {
            return CommandResult<int>.Stale(await TicketConflictMessage.DescribeAsync(db, ticketId, baseVersion, clock.Calendar, cancellationToken));
        }

        var assigneeBefore = ticket.AssigneeAgentId;
        var generation = clock.Calendar.Generation;
        var edit = await TicketEdit.LoadAsync(db, ticket, timeProvider.GetUtcNow(), clock.Calendar.TimeZone, cancellationToken);
        if (await apply(edit) is { } refused)
        {
            return refused; // the context is discarded with whatever apply had staged
        }

        edit.RecordSla(clock);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            if (clock.Calendar.Generation != generation)
            {
                // A calendar change committed while this edit computed its deadline (the change swaps the calendar while
                // holding the database's write lock, before its commit), so the deadline may be the old calendar's and the
                // change's own recomputation did not see this edit: compute it again and store it.
                edit.RecordSla(clock);
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
            return CommandResult<int>.Stale(await TicketConflictMessage.DescribeAsync(fresh, ticketId, baseVersion, clock.Calendar, cancellationToken));
        }

        var agentIds = concerned?.Invoke(assigneeBefore) ?? [ticket.AssigneeAgentId];
        await PublishAsync(new TicketChanged(ticket.Id, kind, Concerned(agentIds)));
        return CommandResult<int>.Ok(ticket.Version);
    }

    /// <summary>The signed-in agent's id, or why the user may not act as an agent.</summary>
    private async Task<(int AgentId, CommandResult<int>? Denied)> SignedInAgentAsync()
    {
        if (!await currentUser.IsAuthorizedAsync(Policies.Agent))
        {
            return (0, CommandResult<int>.Denied(AgentsOnly));
        }

        return (await currentUser.GetAsync()).AgentId is { } agentId
            ? (agentId, null)
            : (0, CommandResult<int>.Denied("Your sign-in is not linked to an agent, so the change could not be attributed to you."));
    }

    // The change is committed; a subscriber's trouble (or the caller giving up) must not turn it into a failure.
    private Task PublishAsync(TicketChanged change) => hub.PublishAsync(change);

    private static List<int> Concerned(IEnumerable<int?> agentIds) => agentIds.OfType<int>().Distinct().ToList();

    private static string? AgentText(Agent? agent) =>
        agent is null ? null : $"#{agent.Id.ToString(CultureInfo.InvariantCulture)} {agent.DisplayName}";
}
