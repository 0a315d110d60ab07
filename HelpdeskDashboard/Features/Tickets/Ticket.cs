using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Customers;

namespace HelpdeskDashboard.Features.Tickets;

/// <summary>
/// A customer's request. Instants are UTC ticks so SQLite can sort and compare them.
/// The response-SLA fields describe the current (or last) wait for an agent's reply.
/// </summary>
public sealed class Ticket
{
    public int Id { get; set; }

    public int CustomerId { get; set; }

    public Customer? Customer { get; set; }

    public required string Subject { get; set; }

    public TicketKind Kind { get; set; }

    public TicketStatus Status { get; set; }

    public int? AssigneeAgentId { get; set; }

    public Agent? Assignee { get; set; }

    /// <summary>The customer's tier priority rank when the ticket was opened; higher is served first.</summary>
    public int Priority { get; set; }

    public long CreatedUtcTicks { get; set; }

    public long UpdatedUtcTicks { get; set; }

    /// <summary>When the customer's message that awaits a reply arrived; null when no reply was ever awaited.</summary>
    public long? ResponseClockStartedUtcTicks { get; set; }

    /// <summary>Business time allowed for the reply, recorded when the clock started; null means no SLA applies.</summary>
    public long? ResponseTargetTicks { get; set; }

    /// <summary>
    /// Denormalised due instant for sorting and filtering, recomputed by the workflow on every change of the
    /// ticket. Null when no SLA applies or while the clock is paused (the due instant is unknown until it
    /// resumes). A clock that stopped keeps the due instant it had, so "answered in time" stays visible; the
    /// board only counts it down while <see cref="AwaitingResponse"/>.
    /// </summary>
    public long? ResponseDueUtcTicks { get; set; }

    /// <summary>
    /// Denormalised for the board's "at risk" filter: from this instant on the live clock has at most the at-risk share
    /// of its target left in business time (the earliest t with business time from t to the due instant at most
    /// share × target). Null whenever <see cref="ResponseDueUtcTicks"/> is null or the clock stopped.
    /// </summary>
    public long? ResponseAtRiskFromUtcTicks { get; set; }

    /// <summary>When an agent's reply stopped the clock; null while the reply is still awaited.</summary>
    public long? ResponseStoppedUtcTicks { get; set; }

    /// <summary>True while the customer's latest message has no agent reply.</summary>
    public bool AwaitingResponse { get; set; }

    /// <summary>Optimistic concurrency token; <c>HelpdeskDbContext</c> increments it on every saved change.</summary>
    public int Version { get; set; }

    public List<TicketMessage> Messages { get; set; } = [];

    public List<TicketStatusChange> StatusChanges { get; set; } = [];
}
