using HelpdeskDashboard.Features.Tickets.Board;
using HelpdeskDashboard.Features.Tickets.Board.SavedViews;
using HelpdeskDashboard.Platform.Commands;

namespace HelpdeskDashboard.Tests.Features.Tickets.Support;

/// <summary>Saved views in memory for the board's component tests; the real service has its own tests on SQLite.</summary>
internal sealed class FakeSavedBoardViews : ISavedBoardViews
{
    public List<SavedBoardViewItem> Views { get; } = [];

    public List<SaveBoardView> Saved { get; } = [];

    public int Listings { get; private set; }

    /// <summary>What a recount finds for a view's filter; null keeps the listed count.</summary>
    public Func<BoardFilter, int>? Count { get; set; }

    /// <summary>When set, listings finish (with the views as they were when asked) only when the test completes it.</summary>
    public TaskCompletionSource? ListGate { get; set; }

    /// <summary>When true, each recount waits in <see cref="HeldRecounts"/> until the test gives it a count for every view.</summary>
    public bool HoldRecounts { get; set; }

    public List<TaskCompletionSource<int>> HeldRecounts { get; } = [];

    public async Task<IReadOnlyList<SavedBoardViewItem>> ListAsync(CancellationToken cancellationToken = default)
    {
        Listings++;
        IReadOnlyList<SavedBoardViewItem> listed = [.. Views];
        if (ListGate is { } gate)
        {
            await gate.Task;
        }

        return listed;
    }

    public async Task<IReadOnlyList<SavedBoardViewItem>> RecountAsync(IReadOnlyList<SavedBoardViewItem> views, CancellationToken cancellationToken = default)
    {
        if (HoldRecounts)
        {
            var held = new TaskCompletionSource<int>();
            HeldRecounts.Add(held);
            var count = await held.Task;
            return [.. views.Select(v => v with { Count = count })];
        }

        return [.. views.Select(v => Count is null ? v : v with { Count = Count(v.Filter) })];
    }

    public Task<CommandResult<int>> SaveAsync(SaveBoardView command, CancellationToken cancellationToken = default)
    {
        Saved.Add(command);
        var id = Views.Count + 1;
        Views.Add(new SavedBoardViewItem(id, command.Name.Trim(), BoardLink.For(command.Filter), command.Filter, 0));
        return Task.FromResult(CommandResult<int>.Ok(id));
    }

    public Task<CommandResult> DeleteAsync(DeleteBoardView command, CancellationToken cancellationToken = default) =>
        Task.FromResult(Views.RemoveAll(v => v.Id == command.Id) == 0 ? CommandResult.NotFound("That saved view no longer exists.") : CommandResult.Ok());
}
