using HelpdeskDashboard.Features.Tickets.Board;

namespace HelpdeskDashboard.Tests.Features.Tickets.Support;

/// <summary>Answers with whatever page the test set up and remembers every request.</summary>
internal sealed class FakeBoardQuery : IBoardQuery
{
    public List<(BoardFilter Filter, int Skip, int Take)> Requests { get; } = [];

    public Func<BoardFilter, int, int, BoardPage> Answer { get; set; } =
        (_, _, _) => new BoardPage([], 0, new BoardCounters(0, 0, 0), DateTimeOffset.UnixEpoch);

    public (BoardFilter Filter, int Skip, int Take) Last => Requests[^1];

    /// <summary>When set, page reads finish only when the test completes it.</summary>
    public TaskCompletionSource? PageGate { get; set; }

    public async Task<BoardPage> GetPageAsync(BoardFilter filter, int skip, int take, CancellationToken cancellationToken = default)
    {
        Requests.Add((filter, skip, take));
        if (PageGate is { } gate)
        {
            await gate.Task;
        }

        return Answer(filter, skip, take);
    }

    public Func<BoardFilter, int> Count { get; set; } = _ => 0;

    public Task<int> CountAsync(BoardFilter filter, CancellationToken cancellationToken = default) => Task.FromResult(Count(filter));

    public Task<BoardRow?> GetRowAsync(int ticketId, CancellationToken cancellationToken = default) => Task.FromResult<BoardRow?>(null);
}
