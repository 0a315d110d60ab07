using HelpdeskDashboard.Platform.Commands;

namespace HelpdeskDashboard.Features.Tickets.Board.SavedViews;

/// <summary>Keep the board's current view under a name.</summary>
public sealed record SaveBoardView(string Name, BoardFilter Filter);

public sealed record DeleteBoardView(int Id);

/// <summary>A saved view with the number of open tickets it shows right now.</summary>
public sealed record SavedBoardViewItem(int Id, string Name, string Address, BoardFilter Filter, int Count);

/// <summary>The signed-in agent's own saved board views; nobody sees or changes another agent's.</summary>
public interface ISavedBoardViews
{
    /// <summary>The agent's views by name, each counted now; empty for anyone without an agent record.</summary>
    Task<IReadOnlyList<SavedBoardViewItem>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// <paramref name="views"/> as listed, each counted now: what a board needs after a ticket change, which moves
    /// counts but not the list. No query for no views; empty for anyone without an agent record.
    /// </summary>
    Task<IReadOnlyList<SavedBoardViewItem>> RecountAsync(IReadOnlyList<SavedBoardViewItem> views, CancellationToken cancellationToken = default);

    Task<CommandResult<int>> SaveAsync(SaveBoardView command, CancellationToken cancellationToken = default);

    Task<CommandResult> DeleteAsync(DeleteBoardView command, CancellationToken cancellationToken = default);
}
