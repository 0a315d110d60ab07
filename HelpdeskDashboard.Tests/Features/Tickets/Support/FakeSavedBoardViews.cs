using HelpdeskDashboard.Features.Tickets.Board.SavedViews;
using HelpdeskDashboard.Platform.Commands;

namespace HelpdeskDashboard.Tests.Features.Tickets.Support;

/// <summary>Saved views in memory for the board's component tests; the real service has its own tests on SQLite.</summary>
internal sealed class FakeSavedBoardViews : ISavedBoardViews
{
    public List<SavedBoardViewItem> Views { get; } = [];

    public List<SaveBoardView> Saved { get; } = [];

    public Task<IReadOnlyList<SavedBoardViewItem>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<SavedBoardViewItem>>([.. Views]);

    public Task<CommandResult<int>> SaveAsync(SaveBoardView command, CancellationToken cancellationToken = default)
    {
        Saved.Add(command);
        var id = Views.Count + 1;
        Views.Add(new SavedBoardViewItem(id, command.Name.Trim(), HelpdeskDashboard.Features.Tickets.Board.BoardLink.For(command.Filter), command.Filter, 0));
        return Task.FromResult(CommandResult<int>.Ok(id));
    }

    public Task<CommandResult> DeleteAsync(DeleteBoardView command, CancellationToken cancellationToken = default) =>
        Task.FromResult(Views.RemoveAll(v => v.Id == command.Id) == 0 ? CommandResult.NotFound("That saved view no longer exists.") : CommandResult.Ok());
}
