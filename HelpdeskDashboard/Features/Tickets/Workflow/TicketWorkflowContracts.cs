using HelpdeskDashboard.Features.Tickets.Attachments;
using HelpdeskDashboard.Platform.Commands;

namespace HelpdeskDashboard.Features.Tickets.Workflow;

/// <summary>An agent's public reply (stops the response clock) or internal note (does not).</summary>
public sealed record ReplyToTicket(int TicketId, int ExpectedVersion, string Body, bool IsInternalNote, IReadOnlyList<IncomingFile>? Files = null);

/// <summary>A customer user's message on their own ticket (starts the clock when none runs; reopens a waiting ticket).</summary>
public sealed record PostCustomerMessage(int TicketId, int ExpectedVersion, string Body, IReadOnlyList<IncomingFile>? Files = null);

/// <summary>
/// A customer's message that arrived by e-mail: no signed-in user, so the caller (mail in, or an agent deciding on the
/// review page) vouches that <paramref name="CustomerUserId"/> wrote it; null when the sender is not one of the
/// customer's people. Applied to the ticket's latest version.
/// </summary>
public sealed record ReceiveCustomerMail(int TicketId, int? CustomerUserId, string Body, IReadOnlyList<IncomingFile> Files);

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

    /// <summary>As <see cref="PostCustomerMessageAsync"/> for a message received by mail; the value is the new message's id.</summary>
    Task<CommandResult<int>> ReceiveCustomerMailAsync(ReceiveCustomerMail command, CancellationToken cancellationToken = default);

    Task<CommandResult<int>> ChangeStatusAsync(ChangeTicketStatus command, CancellationToken cancellationToken = default);

    Task<CommandResult<int>> AssignAsync(AssignTicket command, CancellationToken cancellationToken = default);
}
