using HelpdeskDashboard.Features.Accounts;

namespace HelpdeskDashboard.Features.Tickets.Board;

/// <summary>What makes two board reads the same read: the view, the page, the reader's access and, for "Mine", the agent.</summary>
public sealed record BoardPageKey(BoardFilter Filter, int Skip, int Take, AccessScope Access, int? MineOf);

/// <summary>
/// Boards that show the same view read it once. Every open board re-reads its page when a ticket changes, so without
/// sharing one change costs one board query per open board (docs/capacity.md). A read is shared by every caller with
/// the same <see cref="BoardPageKey"/> until this instance hears the next change (<see cref="TicketChangeHub"/>'s
/// generation) and for <see cref="ShareFor"/> at most: a shared page is never older than the last change, and its
/// clock-driven counters lag by that much at most. A singleton; pages are immutable, so circuits can share them.
/// </summary>
public sealed class SharedBoardPages(TicketChangeHub changes, TimeProvider time)
{
    public static readonly TimeSpan ShareFor = TimeSpan.FromSeconds(5);

    private readonly Lock _gate = new();
    private readonly Dictionary<BoardPageKey, Entry> _entries = [];

    /// <summary>
    /// The page for <paramref name="key"/>: a read of the same key since the last change and within
    /// <see cref="ShareFor"/> (finished or still running), or <paramref name="read"/>. A failed read is not shared
    /// with later callers, and a caller that was waiting for it tries once more rather than failing for another
    /// board's read. <paramref name="cancellationToken"/> stops the wait, not a read others share.
    /// </summary>
    public Task<BoardPage> GetAsync(BoardPageKey key, Func<Task<BoardPage>> read, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(read);
        // A caller that no longer waits neither starts a read nor retries one (below).
        return cancellationToken.IsCancellationRequested
            ? Task.FromCanceled<BoardPage>(cancellationToken)
            : GetAsync(key, read, retryIfShared: true, cancellationToken);
    }

    private async Task<BoardPage> GetAsync(BoardPageKey key, Func<Task<BoardPage>> read, bool retryIfShared, CancellationToken cancellationToken)
    {
        // Taken before the read starts: a change heard during the read makes this read old at once.
        var generation = changes.Generation;
        var now = time.GetTimestamp(); // monotonic: setting the wall clock must not stop pages from ageing
        TaskCompletionSource<BoardPage>? mine = null;
        Entry? entry;
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out entry) || !IsFresh(entry, generation, now))
            {
                SweepOld(generation, now);
                mine = new TaskCompletionSource<BoardPage>(TaskCreationOptions.RunContinuationsAsynchronously);
                entry = new Entry(generation, now, mine.Task);
                _entries[key] = entry;
            }
        }

        if (mine is not null)
        {
            try
            {
                mine.SetResult(await read());
            }
            catch (Exception error)
            {
                Forget(key, entry);
                mine.SetException(error);
            }
        }

        try
        {
            return await entry.Page.WaitAsync(cancellationToken);
        }
        catch when (mine is null && retryIfShared && entry.Page.IsFaulted && !cancellationToken.IsCancellationRequested)
        {
            return await GetAsync(key, read, retryIfShared: false, cancellationToken);
        }
    }

    private void Forget(BoardPageKey key, Entry entry)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var current) && ReferenceEquals(current, entry))
            {
                _entries.Remove(key);
            }
        }
    }

    // Under the lock, when a read starts: entries live seconds, so the map holds the views read in the last few seconds.
    private void SweepOld(long generation, long now)
    {
        foreach (var (key, entry) in _entries)
        {
            if (!IsFresh(entry, generation, now))
            {
                _entries.Remove(key);
            }
        }
    }

    // A read that started at a later generation than the caller's is newer than the caller needs: used, never replaced.
    private bool IsFresh(Entry entry, long generation, long now) =>
        entry.Generation >= generation && time.GetElapsedTime(entry.Started, now) < ShareFor
        && !entry.Page.IsFaulted && !entry.Page.IsCanceled;

    private sealed record Entry(long Generation, long Started, Task<BoardPage> Page);
}
