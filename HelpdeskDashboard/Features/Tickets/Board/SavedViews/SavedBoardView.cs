using HelpdeskDashboard.Features.Accounts;

namespace HelpdeskDashboard.Features.Tickets.Board.SavedViews;

/// <summary>A board view an agent named and kept: its address query (<see cref="BoardLink"/>), not its rows.</summary>
public sealed class SavedBoardView
{
    public int Id { get; set; }

    public int AgentId { get; set; }

    public Agent? Agent { get; set; }

    public required string Name { get; set; }

    /// <summary>The view's query string as <see cref="BoardLink.For"/> writes it, without "?", page left out.</summary>
    public required string Query { get; set; }

    public long CreatedUtcTicks { get; set; }
}
