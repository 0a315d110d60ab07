using FluentValidation;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Platform.Commands;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Tickets.Board.SavedViews;

/// <summary>
/// Saved board views, each agent's own: at most <see cref="MaxPerAgent"/>, names unique per agent (any case). A view
/// is its <see cref="BoardLink"/> query, so opening one is following a link; counts come from the board query under
/// the agent's own permissions.
/// </summary>
public sealed class SavedBoardViews(
    IDbContextFactory<HelpdeskDbContext> dbFactory,
    ICurrentUser currentUser,
    IBoardQuery board,
    IValidator<SaveBoardView> validator,
    TimeProvider timeProvider) : ISavedBoardViews
{
    public const int MaxPerAgent = 20;

    public async Task<IReadOnlyList<SavedBoardViewItem>> ListAsync(CancellationToken cancellationToken = default)
    {
        if (await AgentIdAsync() is not { } agentId)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var views = await db.SavedBoardViews.AsNoTracking().Where(v => v.AgentId == agentId)
            .Select(v => new { v.Id, v.Name, v.Query }).ToListAsync(cancellationToken);

        var items = new List<SavedBoardViewItem>(views.Count);
        foreach (var view in views.OrderBy(v => v.Name, StringComparer.CurrentCultureIgnoreCase))
        {
            var filter = BoardLink.Parse(view.Query).Filter;
            items.Add(new SavedBoardViewItem(view.Id, view.Name, BoardLink.For(filter), filter, await board.CountAsync(filter, cancellationToken)));
        }

        return items;
    }

    public async Task<IReadOnlyList<SavedBoardViewItem>> RecountAsync(IReadOnlyList<SavedBoardViewItem> views, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(views);
        if (views.Count == 0 || await AgentIdAsync() is null)
        {
            return [];
        }

        // The filters come from the caller, but a count is only ever the board query's under the agent's permissions.
        var items = new List<SavedBoardViewItem>(views.Count);
        foreach (var view in views)
        {
            items.Add(view with { Count = await board.CountAsync(view.Filter, cancellationToken) });
        }

        return items;
    }

    public async Task<CommandResult<int>> SaveAsync(SaveBoardView command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (await AgentIdAsync() is not { } agentId)
        {
            return CommandResult<int>.Denied("Only the support team saves board views.");
        }

        if (await validator.RefusalAsync<SaveBoardView, int>(command, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var name = command.Name.Trim();
        var query = Query(command.Filter);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var names = await db.SavedBoardViews.Where(v => v.AgentId == agentId).Select(v => v.Name).ToListAsync(cancellationToken);
        if (names.Contains(name, StringComparer.CurrentCultureIgnoreCase))
        {
            return CommandResult<int>.Invalid([$"You already have a view named “{name}”. Choose another name, or delete that one first."]);
        }

        if (names.Count >= MaxPerAgent)
        {
            return CommandResult<int>.Invalid([$"You have {MaxPerAgent} saved views, the most there can be. Delete one first."]);
        }

        var view = new SavedBoardView { AgentId = agentId, Name = name, Query = query, CreatedUtcTicks = timeProvider.GetUtcNow().UtcTicks };
        db.SavedBoardViews.Add(view);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same name saved at the same moment from another tab: the unique index kept one.
            return CommandResult<int>.Invalid([$"You already have a view named “{name}”. Choose another name, or delete that one first."]);
        }

        return CommandResult<int>.Ok(view.Id);
    }

    public async Task<CommandResult> DeleteAsync(DeleteBoardView command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (await AgentIdAsync() is not { } agentId)
        {
            return CommandResult.Denied("Only the support team saves board views.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        // Another agent's view is "not found" as much as a deleted one: ids say nothing about others' views.
        var deleted = await db.SavedBoardViews.Where(v => v.Id == command.Id && v.AgentId == agentId).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? CommandResult.NotFound("That saved view no longer exists.") : CommandResult.Ok();
    }

    private static string Query(BoardFilter filter)
    {
        var address = BoardLink.For(filter);
        var question = address.IndexOf('?', StringComparison.Ordinal);
        return question < 0 ? "" : address[(question + 1)..];
    }

    private async Task<int?> AgentIdAsync() =>
        await currentUser.IsAuthorizedAsync(Policies.Agent) ? (await currentUser.GetAsync()).AgentId : null;
}
