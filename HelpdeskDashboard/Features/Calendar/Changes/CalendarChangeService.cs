using System.Data.Common;
using FluentValidation;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Audit;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Features.Calendar.Changes;

/// <summary>
/// The calendar page's commands, managers only: read the calendar for editing, preview a change, save it. Saving is
/// one transaction (the new version, every moved ticket's SLA columns, an audit entry) that computes the plan again
/// and writes it only if it still equals the preview the manager saw; afterwards the app's calendar counts with the new
/// version and every open board, ticket page and portal re-reads its deadlines.
/// </summary>
public sealed class CalendarChangeService(
    IDbContextFactory<HelpdeskDbContext> dbFactory,
    ICurrentUser currentUser,
    BusinessCalendar calendar,
    TicketChangeHub hub,
    TimeProvider time,
    IValidator<CalendarChange> validator,
    IOptions<SlaOptions> slaOptions,
    ILogger<CalendarChangeService> logger)
{
    /// <summary>A change "now" takes effect at the instant of its preview, so the preview must be recent.</summary>
    public static readonly TimeSpan PreviewValidity = TimeSpan.FromMinutes(10);

    public const string AuditAction = "BusinessCalendarChanged";

    private const string ManagersOnly = "Only a manager can change the business calendar.";

    public async Task<CommandResult<CalendarEditorState>> CurrentAsync(CancellationToken cancellationToken = default)
    {
        if (!await currentUser.IsAuthorizedAsync(Policies.Manager))
        {
            return CommandResult<CalendarEditorState>.Denied(ManagersOnly);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return CommandResult<CalendarEditorState>.Ok(State(await CalendarVersionStore.LoadAsync(db, cancellationToken)));
    }

    public async Task<CommandResult<CalendarPlan>> PreviewAsync(CalendarChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (!await currentUser.IsAuthorizedAsync(Policies.Manager))
        {
            return CommandResult<CalendarPlan>.Denied(ManagersOnly);
        }

        if (await validator.RefusalAsync<CalendarChange, CalendarPlan>(change, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stored = await CalendarVersionStore.LoadAsync(db, cancellationToken);
        if (Stale(stored, change) is { } stale)
        {
            return CommandResult<CalendarPlan>.Stale(stale);
        }

        var effectiveFrom = change.EffectiveFrom ?? time.GetUtcNow();
        if (TooEarly(stored, effectiveFrom) is { } tooEarly)
        {
            return CommandResult<CalendarPlan>.Invalid([tooEarly]);
        }

        return CommandResult<CalendarPlan>.Ok(await PlanAsync(db, stored, change, effectiveFrom, cancellationToken));
    }

    /// <param name="preview">The plan the manager saw; the save refuses (Conflict, with the fresh plan) if it changed.</param>
    public async Task<CommandResult<CalendarPlan>> SaveAsync(
        CalendarChange change, CalendarPlan preview, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(preview);
        if (!await currentUser.IsAuthorizedAsync(Policies.Manager))
        {
            return CommandResult<CalendarPlan>.Denied(ManagersOnly);
        }

        if (await validator.RefusalAsync<CalendarChange, CalendarPlan>(change, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        var now = time.GetUtcNow();
        var effectiveFrom = change.EffectiveFrom ?? preview.EffectiveFrom;
        if (change.EffectiveFrom is null && (now - effectiveFrom > PreviewValidity || effectiveFrom > now))
        {
            return CommandResult<CalendarPlan>.Invalid(
                [$"The preview is more than {PreviewValidity.TotalMinutes:0} minutes old; nothing was saved. Preview the change again."]);
        }

        var actor = await currentUser.GetAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginWriteTransactionAsync(cancellationToken);
        CalendarPlan plan;
        try
        {
            var stored = await CalendarVersionStore.LoadAsync(db, cancellationToken);
            if (Stale(stored, change) is { } stale)
            {
                return CommandResult<CalendarPlan>.Stale(stale);
            }

            if (TooEarly(stored, effectiveFrom) is { } tooEarly)
            {
                return CommandResult<CalendarPlan>.Invalid([tooEarly]);
            }

            plan = await PlanAsync(db, stored, change, effectiveFrom, cancellationToken);
            if (plan.Fingerprint != preview.Fingerprint)
            {
                // A change "now" counts from its preview's instant, which the planner allows only while no live clock has
                // an event after it; one did, so the fresh plan counts from now (else a ticket opened since would get
                // the minutes between the preview and its opening counted as its own).
                var fresh = change.EffectiveFrom is null ? await PlanAsync(db, stored, change, now, cancellationToken) : plan;
                return new CommandResult<CalendarPlan>(CommandOutcome.Conflict, fresh,
                    ["The deadlines changed since your preview (a ticket was answered, updated or opened meanwhile); nothing was saved. Check the new preview and save again."]);
            }

            var record = new CalendarVersionRecord
            {
                EffectiveFromUtcTicks = effectiveFrom.UtcTicks,
                Definition = CalendarVersionStore.Serialize(change.Definition),
                BasedOnId = change.BasedOnVersionId,
                CreatedUtcTicks = now.UtcTicks,
                CreatedBy = actor.Email ?? actor.DisplayName,
            };
            db.CalendarVersions.Add(record);
            await db.SaveChangesAsync(cancellationToken);

            if (!await WriteDeadlinesAsync(db, plan.Updates, cancellationToken))
            {
                await transaction.RollbackAsync(cancellationToken);
                return CommandResult<CalendarPlan>.Stale(
                    "A ticket changed while the change was being saved; nothing was saved. Preview the change again.");
            }

            db.AuditEntries.Add(new AuditEntry
            {
                AtUtcTicks = now.UtcTicks,
                Actor = record.CreatedBy,
                Action = AuditAction,
                EntityType = "BusinessCalendar",
                EntityId = record.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                OldValue = CalendarVersionStore.Serialize(Latest(stored).Definition),
                NewValue = record.Definition,
                Reason = $"Takes effect {DisplayFormat.Instant(effectiveFrom, calendar.TimeZone)}. {plan.Counts}. "
                    + string.Join("; ", plan.Changes),
            });
            await db.SaveChangesAsync(cancellationToken);

            // Swapped while this transaction holds the database's write lock, before the commit: a ticket command that
            // computed a deadline with the old calendar finds the calendar's generation changed once it holds the lock
            // itself, and computes again (TicketWorkflow, PortalInquiryService).
            calendar.Use([.. stored.Select(v => v.ToVersion()), new BusinessCalendarVersion(effectiveFrom, change.Definition.Clone())]);
            try
            {
                await transaction.CommitAsync(cancellationToken);
            }
            catch
            {
                calendar.Use([.. stored.Select(v => v.ToVersion())]);
                throw;
            }
        }
        catch (DbUpdateException error)
        {
            // The unique BasedOnId: another manager saved a change made from the same version first.
            logger.LogInformation(error, "A calendar change based on version {Version} lost a race.", change.BasedOnVersionId);
            return CommandResult<CalendarPlan>.Stale(
                "Another manager saved a change to the calendar meanwhile; nothing was saved. The page now shows the current calendar.");
        }

        await hub.PublishAsync(TicketChanged.DeadlinesRecalculated);
        return CommandResult<CalendarPlan>.Ok(plan);
    }

    private CalendarEditorState State(IReadOnlyList<StoredCalendarVersion> stored) =>
        new(Latest(stored).Id, Latest(stored).Definition.Clone(), stored, calendar.TimeZone);

    private async Task<CalendarPlan> PlanAsync(
        HelpdeskDbContext db, IReadOnlyList<StoredCalendarVersion> stored, CalendarChange change, DateTimeOffset effectiveFrom,
        CancellationToken cancellationToken)
    {
        var versions = stored.Select(v => v.ToVersion()).ToList();
        var current = calendar.WithVersions(versions);
        var proposed = calendar.WithVersions([.. versions, new BusinessCalendarVersion(effectiveFrom, change.Definition)]);
        var clocks = await db.Tickets.AsNoTracking()
            .Where(t => t.AwaitingResponse && t.ResponseDueUtcTicks != null && t.ResponseTargetTicks != null)
            .Select(t => new OpenClock(t.Id, t.Version, t.Subject, t.Customer!.CompanyName, t.Customer.CurrentTier,
                t.ResponseDueUtcTicks!.Value, t.ResponseTargetTicks!.Value, t.ResponseAtRiskFromUtcTicks))
            .ToListAsync(cancellationToken);
        var basis = $"{Latest(stored).Id}\n{CalendarVersionStore.Serialize(change.Definition)}";
        return CalendarChangePlanner.Plan(current, proposed, effectiveFrom, clocks, slaOptions.Value.AtRiskShare, basis,
            CalendarDefinitionDiff.Describe(Latest(stored).Definition, change.Definition));
    }

    /// <summary>
    /// One prepared statement for all tickets: EF's change tracking would bump each ticket's version and make every agent
    /// with a ticket open see a conflict for a change they did not make. Each row is written only at the version the plan
    /// read; false when one changed.
    /// </summary>
    private static async Task<bool> WriteDeadlinesAsync(HelpdeskDbContext db, IReadOnlyList<DeadlineUpdate> updates, CancellationToken cancellationToken)
    {
        if (updates.Count == 0)
        {
            return true;
        }

        var ticket = db.Model.FindEntityType(typeof(Ticket))!;
        string Column(string property) => ticket.FindProperty(property)!.GetColumnName();
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText =
            $"UPDATE \"{ticket.GetTableName()}\" SET \"{Column(nameof(Ticket.ResponseDueUtcTicks))}\" = @due, " +
            $"\"{Column(nameof(Ticket.ResponseAtRiskFromUtcTicks))}\" = @atRisk " +
            $"WHERE \"{Column(nameof(Ticket.Id))}\" = @id AND \"{Column(nameof(Ticket.Version))}\" = @version";
        var due = Parameter(command, "@due");
        var atRisk = Parameter(command, "@atRisk");
        var id = Parameter(command, "@id");
        var version = Parameter(command, "@version");
        foreach (var update in updates)
        {
            due.Value = update.DueUtcTicks;
            atRisk.Value = update.AtRiskFromUtcTicks;
            id.Value = update.TicketId;
            version.Value = update.Version;
            if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                return false;
            }
        }

        return true;
    }

    private static DbParameter Parameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }

    private static StoredCalendarVersion Latest(IReadOnlyList<StoredCalendarVersion> stored) => stored.MaxBy(v => v.Id)!;

    private string? Stale(IReadOnlyList<StoredCalendarVersion> stored, CalendarChange change)
    {
        var latest = Latest(stored);
        return latest.Id == change.BasedOnVersionId
            ? null
            : $"{latest.CreatedBy} saved a change to the calendar at {DisplayFormat.Instant(latest.CreatedAt, calendar.TimeZone)}; "
              + "nothing was saved. The page now shows the current calendar: make your change again.";
    }

    /// <summary>Versions take effect in the order they were saved, so a new one cannot start before a scheduled one.</summary>
    private string? TooEarly(IReadOnlyList<StoredCalendarVersion> stored, DateTimeOffset effectiveFrom)
    {
        var last = stored.MaxBy(v => v.EffectiveFrom)!;
        return effectiveFrom >= last.EffectiveFrom
            ? null
            : $"A change saved earlier takes effect {DisplayFormat.Instant(last.EffectiveFrom, calendar.TimeZone)}; "
              + "a new change can take effect at that instant or later.";
    }
}

/// <summary>What the calendar page edits: a copy of the latest definition and the version it comes from.</summary>
public sealed record CalendarEditorState(
    int LatestVersionId, BusinessCalendarDefinition Draft, IReadOnlyList<StoredCalendarVersion> Versions, TimeZoneInfo Zone)
{
    /// <summary>The version that takes effect last, when that is after <paramref name="now"/> and it changes something.</summary>
    public StoredCalendarVersion? ScheduledAfter(DateTimeOffset now) =>
        Versions.MaxBy(v => (v.EffectiveFrom, v.Id)) is { } last && last.EffectiveFrom > now
            && CalendarDefinitionDiff.Describe(InForceBefore(last).Definition, last.Definition).Count > 0
            ? last
            : null;

    /// <summary>
    /// The version in force just before <paramref name="version"/> takes effect: what withdrawing it goes back to (a
    /// change at the same instant; of two at one instant the later wins, so nothing is ever deleted).
    /// </summary>
    public StoredCalendarVersion InForceBefore(StoredCalendarVersion version) =>
        Versions.Where(v => v.EffectiveFrom < version.EffectiveFrom).MaxBy(v => (v.EffectiveFrom, v.Id)) ?? version;
}
