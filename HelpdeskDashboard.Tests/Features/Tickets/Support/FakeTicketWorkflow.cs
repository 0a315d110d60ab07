using HelpdeskDashboard.Features.Tickets.Workflow;
using HelpdeskDashboard.Platform.Commands;

namespace HelpdeskDashboard.Tests.Features.Tickets.Support;

/// <summary>Records every command and answers with <see cref="Result"/>; <see cref="OnCommand"/> lets a test change the ticket meanwhile.</summary>
internal sealed class FakeTicketWorkflow : ITicketWorkflow
{
    public List<object> Commands { get; } = [];

    public CommandResult<int> Result { get; set; } = CommandResult<int>.Ok(2);

    public Action<object>? OnCommand { get; set; }

    public Task<CommandResult<int>> ReplyAsync(ReplyToTicket command, CancellationToken cancellationToken = default) => Answer(command);

    public Task<CommandResult<int>> PostCustomerMessageAsync(PostCustomerMessage command, CancellationToken cancellationToken = default) => Answer(command);

    public Task<CommandResult<int>> ReceiveCustomerMailAsync(ReceiveCustomerMail command, CancellationToken cancellationToken = default) => Answer(command);

    public Task<CommandResult<int>> ChangeStatusAsync(ChangeTicketStatus command, CancellationToken cancellationToken = default) => Answer(command);

    public Task<CommandResult<int>> AssignAsync(AssignTicket command, CancellationToken cancellationToken = default) => Answer(command);

    private Task<CommandResult<int>> Answer(object command)
    {
        Commands.Add(command);
        OnCommand?.Invoke(command);
        return Task.FromResult(Result);
    }
}
