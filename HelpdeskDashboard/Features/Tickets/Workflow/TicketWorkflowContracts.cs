namespace HelpdeskDashboard.Features.Tickets.Workflow;

/// <summary>An agent's public reply (stops the response clock) or internal note (does not).</summary>
public sealed record ReplyToTicket(int TicketId, int ExpectedVersion, string Body, bool IsInternalNote);

/// <summary>A customer user's message on their own ticket (starts the clock when none runs; reopens a waiting ticket).</summary>
public sealed record PostCustomerMessage(int TicketId, int ExpectedVersion, string Body);

public sealed record ChangeTicketStatus(int TicketId, int ExpectedVersion, TicketStatus NewStatus);

/// <summary>Assign to an agent, or null to unassign. Agents may take a ticket themselves; anything else is a manager's.</summary>
public sealed record AssignTicket(int TicketId, int ExpectedVersion, int? AgentId, string? Reason = null);

public enum TicketCommandOutcome
{
    Succeeded,
    Invalid,
    NotFound,
    Forbidden,

    /// <summary>Someone else changed the ticket since it was loaded; nothing was written.</summary>
    Conflict,
}

public sealed record TicketCommandResult(TicketCommandOutcome Outcome, int? NewVersion, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Outcome == TicketCommandOutcome.Succeeded;

    public static TicketCommandResult Ok(int newVersion) => new(TicketCommandOutcome.Succeeded, newVersion, []);

    public static TicketCommandResult Invalid(IReadOnlyList<string> errors) => new(TicketCommandOutcome.Invalid, null, errors);

    public static TicketCommandResult Missing() => new(TicketCommandOutcome.NotFound, null, ["The ticket does not exist or you may not see it."]);

    public static TicketCommandResult Denied(string why) => new(TicketCommandOutcome.Forbidden, null, [why]);

    public static TicketCommandResult Stale(string message) => new(TicketCommandOutcome.Conflict, null, [message]);
}

/// <summary>
/// Every change to a ticket goes through here: validated (nothing written when invalid), authorised in the service,
/// guarded by the ticket's concurrency token, SLA fields recomputed, status history kept, then the change is published.
/// </summary>
public interface ITicketWorkflow
{
    Task<TicketCommandResult> ReplyAsync(ReplyToTicket command, CancellationToken cancellationToken = default);

    Task<TicketCommandResult> PostCustomerMessageAsync(PostCustomerMessage command, CancellationToken cancellationToken = default);

    Task<TicketCommandResult> ChangeStatusAsync(ChangeTicketStatus command, CancellationToken cancellationToken = default);

    Task<TicketCommandResult> AssignAsync(AssignTicket command, CancellationToken cancellationToken = default);
}
