using HelpdeskDashboard.Features.Tickets.Workflow;
using HelpdeskDashboard.Platform.Commands;

namespace HelpdeskDashboard.Features.Assignment;

/// <summary>A ticket as the manager saw it: the version guards against overwriting a change made since.</summary>
public sealed record TicketAtVersion(int TicketId, int ExpectedVersion);

/// <summary>Assign an unassigned ticket or reassign an assigned one to <paramref name="AgentId"/>.</summary>
public sealed record AssignOne(int TicketId, int ExpectedVersion, int AgentId, string? Reason = null);

/// <summary>Reassign several tickets to one agent; each ticket succeeds or is skipped on its own.</summary>
public sealed record AssignMany(IReadOnlyList<TicketAtVersion> Tickets, int AgentId, string? Reason = null);

/// <summary>"Move all of agent X's open tickets to Y": the tickets are the ones X holds when the command runs.</summary>
public sealed record MoveAgentQueue(int FromAgentId, int ToAgentId, string? Reason = null);

/// <summary>A ticket a bulk reassignment left where it was, and why (in words for the manager).</summary>
public sealed record SkippedTicket(int TicketId, string Why);

/// <summary>
/// The outcome of a bulk reassignment. <see cref="Outcome"/> is <see cref="CommandOutcome.Succeeded"/> when the
/// command was accepted (even if some tickets were skipped); Invalid or Forbidden when nothing was attempted.
/// </summary>
public sealed record BulkAssignmentResult(
    CommandOutcome Outcome, IReadOnlyList<int> Moved, IReadOnlyList<SkippedTicket> Skipped, IReadOnlyList<string> Errors)
{
    public static BulkAssignmentResult Refused(CommandResult why) => new(why.Outcome, [], [], why.Errors);
}

/// <summary>An agent the manager can hand work to, with the SLA load that ranks the suggestion.</summary>
public sealed record AssigneeOption(int AgentId, string DisplayName, int SlaLoad, int OpenTickets);

/// <summary>A ticket's current assignee and version, for a retry after a lost race.</summary>
public sealed record TicketAssignmentState(int TicketId, int Version, int? AssigneeAgentId, string? AssigneeName, string Subject);

public static class AssignmentLimits
{
    public const int ReasonMaxLength = 500;

    /// <summary>A bulk command touches at most this many tickets (a whole queue of a busy agent fits).</summary>
    public const int MaxTicketsPerCommand = 1000;
}

/// <summary>
/// Manager-only assignment: every method checks the Manager policy itself (pages are not the only guard), validates
/// its command with FluentValidation (nothing written when invalid) and writes each ticket through
/// <see cref="ITicketWorkflow.AssignAsync"/>, so the concurrency token, the audit entry, the SLA columns and the live
/// update are the same as everywhere else.
/// </summary>
public interface IAssignmentService
{
    Task<CommandResult<int>> AssignAsync(AssignOne command, CancellationToken cancellationToken = default);

    Task<BulkAssignmentResult> AssignManyAsync(AssignMany command, CancellationToken cancellationToken = default);

    Task<BulkAssignmentResult> MoveQueueAsync(MoveAgentQueue command, CancellationToken cancellationToken = default);

    /// <summary>Active agents, least SLA load first (the first one is the suggestion), without <paramref name="except"/>.</summary>
    Task<IReadOnlyList<AssigneeOption>> AssigneesAsync(int? except = null, CancellationToken cancellationToken = default);

    Task<TicketAssignmentState?> CurrentAsync(int ticketId, CancellationToken cancellationToken = default);
}

/// <summary>A ticket offered for reassignment in a dialog, as the page last read it.</summary>
public sealed record TicketChoice(int TicketId, int Version, string Subject, int? AssigneeAgentId);
