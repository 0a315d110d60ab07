using HelpdeskDashboard.Features.Tickets.Workflow;

namespace HelpdeskDashboard.Features.Billing.TimeTracking;

/// <summary>
/// Routes the ticket workflow's time logging through <see cref="ITimeTracking"/>, so time logged anywhere (the ticket
/// page included) is audited and raises usage alerts in the same transaction. Everything else goes to the workflow.
/// </summary>
public sealed class BillingTicketWorkflow(ITicketWorkflow inner, ITimeTracking timeTracking) : ITicketWorkflow
{
    public Task<TicketCommandResult> ReplyAsync(ReplyToTicket command, CancellationToken cancellationToken = default) =>
        inner.ReplyAsync(command, cancellationToken);

    public Task<TicketCommandResult> PostCustomerMessageAsync(PostCustomerMessage command, CancellationToken cancellationToken = default) =>
        inner.PostCustomerMessageAsync(command, cancellationToken);

    public Task<TicketCommandResult> ChangeStatusAsync(ChangeTicketStatus command, CancellationToken cancellationToken = default) =>
        inner.ChangeStatusAsync(command, cancellationToken);

    public Task<TicketCommandResult> AssignAsync(AssignTicket command, CancellationToken cancellationToken = default) =>
        inner.AssignAsync(command, cancellationToken);

    public Task<TicketCommandResult> LogTimeAsync(LogTicketTime command, CancellationToken cancellationToken = default) =>
        timeTracking.LogAsync(command, cancellationToken);
}
