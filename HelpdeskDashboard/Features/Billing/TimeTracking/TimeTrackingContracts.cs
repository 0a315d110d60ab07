using HelpdeskDashboard.Features.Tickets.Workflow;

namespace HelpdeskDashboard.Features.Billing.TimeTracking;

/// <summary>A correction of a logged entry: every field is replaced.</summary>
public sealed record ChangeTimeEntry(int EntryId, DateOnly WorkDate, int Minutes, string Note, bool Billable);

public sealed record DeleteTimeEntry(int EntryId);

/// <summary>
/// Logging, correcting and deleting time. Agents change their own entries, managers anyone's; every change is audited,
/// usage alerts are written to the outbox in the same transaction, and the ticket and the customer's usage are
/// published after commit.
/// </summary>
public interface ITimeTracking
{
    Task<TicketCommandResult> LogAsync(LogTicketTime command, CancellationToken cancellationToken = default);

    Task<TicketCommandResult> ChangeAsync(ChangeTimeEntry command, CancellationToken cancellationToken = default);

    Task<TicketCommandResult> DeleteAsync(DeleteTimeEntry command, CancellationToken cancellationToken = default);
}
