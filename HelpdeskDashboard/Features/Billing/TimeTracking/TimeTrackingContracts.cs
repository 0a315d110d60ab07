using HelpdeskDashboard.Platform.Commands;

namespace HelpdeskDashboard.Features.Billing.TimeTracking;

/// <summary>Time an agent spent on a ticket, logged from the ticket page.</summary>
public sealed record LogTicketTime(int TicketId, DateOnly WorkDate, int Minutes, string Note, bool Billable);

/// <summary>An entry as the ticket page lists it; customers get it without the agent's note.</summary>
public sealed record TimeEntryView(int Id, int AgentId, string AgentName, DateOnly WorkDate, int Minutes, string Note, bool Billable);

/// <summary>A correction of a logged entry: every field is replaced.</summary>
public sealed record ChangeTimeEntry(int EntryId, DateOnly WorkDate, int Minutes, string Note, bool Billable);

public sealed record DeleteTimeEntry(int EntryId);

/// <summary>
/// Logging, correcting and deleting time. Agents change their own entries, managers anyone's; every change is audited,
/// usage alerts are written to the outbox in the same transaction, and the ticket and the customer's usage are
/// published after commit. A command's value is the ticket's version (logging time does not change it).
/// </summary>
public interface ITimeTracking
{
    /// <summary>The ticket's entries the user may see (none of another customer's); notes only for the support team.</summary>
    Task<IReadOnlyList<TimeEntryView>> EntriesAsync(int ticketId, CancellationToken cancellationToken = default);

    Task<CommandResult<int>> LogAsync(LogTicketTime command, CancellationToken cancellationToken = default);

    Task<CommandResult<int>> ChangeAsync(ChangeTimeEntry command, CancellationToken cancellationToken = default);

    Task<CommandResult<int>> DeleteAsync(DeleteTimeEntry command, CancellationToken cancellationToken = default);
}
