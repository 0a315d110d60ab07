using HelpdeskDashboard.Features.Tickets.Workflow;

namespace HelpdeskDashboard.Tests.Features.Tickets.Support;

/// <summary>Records every command and answers with <see cref="Result"/>; <see cref="OnCommand"/> lets a test change the ticket meanwhile.</summary>
internal sealed class FakeTicketWorkflow : ITicketWorkflow
{
    public List<object> Commands { get; } = [];

    public TicketCommandResult Result { get; set; } = TicketCommandResult.Ok(2);

    public Action<object>? OnCommand { get; set; }

    public Task<TicketCommandResult> ReplyAsync(ReplyToTicket command, CancellationToken cancellationToken = default) => Answer(command);

    public Task<TicketCommandResult> PostCustomerMessageAsync(PostCustomerMessage command, CancellationToken cancellationToken = default) => Answer(command);

    public Task<TicketCommandResult> ChangeStatusAsync(ChangeTicketStatus command, CancellationToken cancellationToken = default) => Answer(command);

    public Task<TicketCommandResult> AssignAsync(AssignTicket command, CancellationToken cancellationToken = default) => Answer(command);

    private Task<TicketCommandResult> Answer(object command)
    {
        Commands.Add(command);
        OnCommand?.Invoke(command);
        return Task.FromResult(Result);
    }
}
