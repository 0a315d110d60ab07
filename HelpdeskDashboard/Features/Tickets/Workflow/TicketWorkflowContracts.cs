using HelpdeskDashboard.Platform.Commands;

namespace HelpdeskDashboard.Features.Tickets.Workflow;

/// <summary>An agent's public reply (stops the response clock) or internal note (does not).</summary>
public sealed record ReplyToTicket(int TicketId, int ExpectedVersion, string Body, bool IsInternalNote);

/// <summary>A customer user's message on their own ticket (starts the clock when none runs; reopens a waiting ticket).</summary>
public sealed record PostCustomerMessage(int TicketId, int ExpectedVersion, string Body);

public sealed record ChangeTicketStatus(int TicketId, int ExpectedVersion, TicketStatus NewStatus);

/// <summary>Assign to an agent, or null to unassign. Agents may take a ticket themselves; anything else is a manager's.</summary>
public sealed record AssignTicket(int TicketId, int ExpectedVersion, int? AgentId, string? Reason = null);

/// <summary>What the ticket commands answer in the tickets' own words.</summary>
public static class TicketCommandResults
{
    /// <summary>The same answer for a ticket that does not exist and one out of the user's scope, so nothing leaks.</summary>
    public const string MissingMessage = "The ticket does not exist or you may not see it.";

    public static CommandResult<int> Missing() => CommandResult<int>.NotFound(MissingMessage);
}

/// <summary>
/// Every change to a ticket goes through here: validated (nothing written when invalid), authorised in the service,
/// guarded by the ticket's concurrency token, SLA fields recomputed, status history kept, then the change is published.
/// A command's value is the ticket's new version.
/// </summary>
public interface ITicketWorkflow
{
    Task<CommandResult<int>> ReplyAsync(ReplyToTicket command, CancellationToken cancellationToken = default);

    Task<CommandResult<int>> PostCustomerMessageAsync(PostCustomerMessage command, CancellationToken cancellationToken = default);

    Task<CommandResult<int>> ChangeStatusAsync(ChangeTicketStatus command, CancellationToken cancellationToken = default);

    Task<CommandResult<int>> AssignAsync(AssignTicket command, CancellationToken cancellationToken = default);
}
