using HelpdeskDashboard.Features.Assignment;
using HelpdeskDashboard.Platform.Commands;

namespace HelpdeskDashboard.Tests.Features.Assignment.Support;

/// <summary>Records what a dialog asked for and answers with what the test queued.</summary>
internal sealed class FakeAssignmentService : IAssignmentService
{
    public List<AssigneeOption> Options { get; } =
    [
        new(3, "Jonas Weber", 1, 1),
        new(4, "Morgan Manager", 5, 3),
    ];

    public List<object> Commands { get; } = [];

    public Queue<CommandResult<int>> OneResults { get; } = new();

    public BulkAssignmentResult BulkResult { get; set; } = new(CommandOutcome.Succeeded, [], [], []);

    public TicketAssignmentState? Current { get; set; }

    public int? LastExcept { get; private set; }

    public Task<CommandResult<int>> AssignAsync(AssignOne command, CancellationToken cancellationToken = default)
    {
        Commands.Add(command);
        return Task.FromResult(OneResults.Count > 0 ? OneResults.Dequeue() : CommandResult<int>.Ok(command.ExpectedVersion + 1));
    }

    public Task<BulkAssignmentResult> AssignManyAsync(AssignMany command, CancellationToken cancellationToken = default)
    {
        Commands.Add(command);
        return Task.FromResult(BulkResult);
    }

    public Task<BulkAssignmentResult> MoveQueueAsync(MoveAgentQueue command, CancellationToken cancellationToken = default)
    {
        Commands.Add(command);
        return Task.FromResult(BulkResult);
    }

    public Task<IReadOnlyList<AssigneeOption>> AssigneesAsync(int? except = null, CancellationToken cancellationToken = default)
    {
        LastExcept = except;
        return Task.FromResult<IReadOnlyList<AssigneeOption>>([.. Options.Where(o => o.AgentId != except)]);
    }

    public Task<TicketAssignmentState?> CurrentAsync(int ticketId, CancellationToken cancellationToken = default) => Task.FromResult(Current);
}
