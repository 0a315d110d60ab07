using System.Globalization;
using FluentValidation;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Audit;
using HelpdeskDashboard.Features.Billing.Usage;
using HelpdeskDashboard.Features.Notifications.Email;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.Workflow;
using HelpdeskDashboard.Platform.Commands;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Billing.TimeTracking;

/// <summary>
/// Each command: checks the user, validates, writes the entry and its audit row, then — inside the same transaction —
/// re-reads the customer's month (now including the change) and adds a due usage alert to the outbox, commits, and
/// only then publishes. Logging time never touches the ticket row, so it neither bumps the ticket's version nor
/// moves its clock.
/// </summary>
public sealed class TimeTrackingService(
    IDbContextFactory<HelpdeskDbContext> dbFactory,
    ICurrentUser currentUser,
    ScopedQueries scopedQueries,
    TimeProvider timeProvider,
    UsageLedger ledger,
    TicketChangeHub ticketHub,
    UsageChangeHub usageHub,
    OutboxWriter outbox,
    IValidator<NewTimeEntry> newEntryValidator,
    IValidator<ChangeTimeEntry> changeValidator) : ITimeTracking
{
    public const string EntityType = "TimeEntry";
    public const string Logged = "TimeEntryLogged";
    public const string Changed = "TimeEntryChanged";
    public const string Deleted = "TimeEntryDeleted";

    private const string OwnEntriesOnly = "Agents can correct or delete only their own time entries; a manager can change anyone's.";

    public async Task<IReadOnlyList<TimeEntryView>> EntriesAsync(int ticketId, CancellationToken cancellationToken = default)
    {
        // Customers pay for the time and see it, but not the agents' notes, which are written for colleagues.
        var seesNotes = await currentUser.IsAuthorizedAsync(Policies.Agent);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await (await scopedQueries.TimeEntriesAsync(db)).AsNoTracking()
            .Where(e => e.TicketId == ticketId)
            .OrderBy(e => e.WorkDate).ThenBy(e => e.Id)
            .Select(e => new TimeEntryView(e.Id, e.AgentId, e.Agent!.DisplayName, e.WorkDate, e.Minutes, seesNotes ? e.Note : "", e.Billable))
            .ToListAsync(cancellationToken);
    }

    public async Task<CommandResult<int>> LogAsync(LogTicketTime command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (agent, denied) = await SignedInAgentAsync();
        if (denied is not null)
        {
            return denied;
        }

        var invalid = await newEntryValidator.RefusalAsync<NewTimeEntry, int>(new NewTimeEntry
        {
            TicketId = command.TicketId,
            AgentId = agent.AgentId!.Value,
            WorkDate = command.WorkDate,
            Minutes = command.Minutes,
            Note = command.Note,
            Billable = command.Billable,
        }, cancellationToken);
        if (invalid is not null)
        {
            return invalid;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ticket = await scopedQueries.FindTicketAsync(db, command.TicketId, cancellationToken);
        if (ticket is null)
        {
            return TicketCommandResults.Missing();
        }

        var now = timeProvider.GetUtcNow();
        var entry = new TimeEntry
        {
            TicketId = ticket.Id,
            CustomerId = ticket.CustomerId,
            AgentId = agent.AgentId.Value,
            WorkDate = command.WorkDate,
            Minutes = command.Minutes,
            Note = command.Note.Trim(),
            Billable = command.Billable,
            CreatedUtcTicks = now.UtcTicks,
        };
        db.TimeEntries.Add(entry);
        await SaveWithAlertsAsync(db, entry, agent, Logged, oldValue: null, now, cancellationToken);
        await PublishAsync(entry.TicketId, entry.CustomerId, [ticket.AssigneeAgentId, entry.AgentId]);
        return CommandResult<int>.Ok(ticket.Version);
    }

    public async Task<CommandResult<int>> ChangeAsync(ChangeTimeEntry command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (agent, denied) = await SignedInAgentAsync();
        if (denied is not null)
        {
            return denied;
        }

        var invalid = await changeValidator.RefusalAsync<ChangeTimeEntry, int>(command, cancellationToken);
        if (invalid is not null)
        {
            return invalid;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (entry, refused) = await OwnEntryAsync(db, command.EntryId, agent, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var before = Describe(entry!);
        entry!.WorkDate = command.WorkDate;
        entry.Minutes = command.Minutes;
        entry.Note = command.Note.Trim();
        entry.Billable = command.Billable;
        if (Describe(entry) == before)
        {
            return CommandResult<int>.Invalid(["Nothing changed: the entry already reads like that."]);
        }

        var now = timeProvider.GetUtcNow();
        await SaveWithAlertsAsync(db, entry, agent, Changed, before, now, cancellationToken);
        await PublishAsync(entry.TicketId, entry.CustomerId, [entry.AgentId]);
        return CommandResult<int>.Ok(await TicketVersionAsync(db, entry.TicketId, cancellationToken));
    }

    public async Task<CommandResult<int>> DeleteAsync(DeleteTimeEntry command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (agent, denied) = await SignedInAgentAsync();
        if (denied is not null)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (entry, refused) = await OwnEntryAsync(db, command.EntryId, agent, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var now = timeProvider.GetUtcNow();
        db.AuditEntries.Add(Audit(entry!, agent, Deleted, Describe(entry!), newValue: null, now));
        db.TimeEntries.Remove(entry!);
        await db.SaveChangesAsync(cancellationToken); // less time used: no alert can become due
        await PublishAsync(entry!.TicketId, entry.CustomerId, [entry.AgentId]);
        return CommandResult<int>.Ok(await TicketVersionAsync(db, entry.TicketId, cancellationToken));
    }

    /// <summary>Entry, audit and any due alert in one transaction; the month is re-read inside it so it sees the change.</summary>
    private async Task SaveWithAlertsAsync(
        HelpdeskDbContext db, TimeEntry entry, CurrentUserInfo agent, string action, string? oldValue, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginWriteTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        db.AuditEntries.Add(Audit(entry, agent, action, oldValue, Describe(entry), now));

        // Alerts concern the running month only: a late entry for a closed month warns about nothing to come.
        var month = ledger.MonthOf(now);
        if (BillingMonth.Of(entry.WorkDate) == month && entry.Billable)
        {
            var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == entry.CustomerId, cancellationToken);
            var usage = await ledger.ComputeAsync(db, customer, month, cancellationToken);
            await UsageAlertWriter.AddDueAlertAsync(db, outbox, customer, usage, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<(TimeEntry? Entry, CommandResult<int>? Refused)> OwnEntryAsync(
        HelpdeskDbContext db, int entryId, CurrentUserInfo agent, CancellationToken cancellationToken)
    {
        var entry = await (await scopedQueries.TimeEntriesAsync(db)).FirstOrDefaultAsync(e => e.Id == entryId, cancellationToken);
        if (entry is null)
        {
            return (null, CommandResult<int>.NotFound("The time entry does not exist or you may not see it."));
        }

        if (entry.AgentId != agent.AgentId && !await currentUser.IsAuthorizedAsync(Policies.Manager))
        {
            return (null, CommandResult<int>.Denied(OwnEntriesOnly));
        }

        return (entry, null);
    }

    private async Task<(CurrentUserInfo Agent, CommandResult<int>? Denied)> SignedInAgentAsync()
    {
        if (!await currentUser.IsAuthorizedAsync(Policies.Agent))
        {
            return (CurrentUserInfo.Anonymous, CommandResult<int>.Denied("Only the support team can log time."));
        }

        var user = await currentUser.GetAsync();
        return user.AgentId is null
            ? (user, CommandResult<int>.Denied("Your sign-in is not linked to an agent, so the time could not be attributed to you."))
            : (user, null);
    }

    private static async Task<int> TicketVersionAsync(HelpdeskDbContext db, int ticketId, CancellationToken cancellationToken) =>
        await db.Tickets.Where(t => t.Id == ticketId).Select(t => t.Version).SingleAsync(cancellationToken);

    private async Task PublishAsync(int ticketId, int customerId, IEnumerable<int?> agents)
    {
        await ticketHub.PublishAsync(new TicketChanged(ticketId, TicketChangeKind.TimeLogged, agents.OfType<int>().Distinct().ToList()));
        await usageHub.PublishAsync(customerId);
    }

    private static AuditEntry Audit(TimeEntry entry, CurrentUserInfo actor, string action, string? oldValue, string? newValue, DateTimeOffset now) => new()
    {
        AtUtcTicks = now.UtcTicks,
        Actor = actor.Email ?? actor.DisplayName,
        Action = action,
        EntityType = EntityType,
        EntityId = entry.Id.ToString(CultureInfo.InvariantCulture),
        OldValue = oldValue,
        NewValue = newValue,
        Reason = string.Create(CultureInfo.InvariantCulture, $"ticket #{entry.TicketId}, agent #{entry.AgentId}"),
    };

    /// <summary>"2026-05-13 90 min billable: Remote session", the audit log's record of an entry.</summary>
    public static string Describe(TimeEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return string.Create(CultureInfo.InvariantCulture,
            $"{entry.WorkDate:yyyy-MM-dd} {entry.Minutes} min {(entry.Billable ? "billable" : "not billable")}: {entry.Note}");
    }
}
