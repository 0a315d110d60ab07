using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.Board;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace HelpdeskDashboard.Tests.Features.Tickets.Board;

/// <summary>Boards in the same view read it once per change: what is shared, for how long, and what never is.</summary>
public sealed class SharedBoardPagesTests
{
    private static readonly BoardPageKey AllOpen = new(new BoardFilter(), 0, 50, AccessScope.Everything, null);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 13, 8, 0, 0, TimeSpan.Zero));
    private readonly TicketChangeHub _changes = new(NullLogger<TicketChangeHub>.Instance);
    private readonly SharedBoardPages _pages;
    private int _reads;

    public SharedBoardPagesTests() => _pages = new SharedBoardPages(_changes, _time);

    [Fact]
    public async Task Boards_in_the_same_view_share_one_read_until_a_change()
    {
        var first = await _pages.GetAsync(AllOpen, ReadAsync, TestContext.Current.CancellationToken);
        var second = await _pages.GetAsync(AllOpen with { Filter = new BoardFilter() }, ReadAsync, TestContext.Current.CancellationToken);

        Assert.Equal(1, _reads);
        Assert.Same(first, second);
    }

    [Fact]
    public async Task A_change_heard_after_a_read_makes_the_next_board_read_again()
    {
        var before = await _pages.GetAsync(AllOpen, ReadAsync, TestContext.Current.CancellationToken);
        await _changes.PublishAsync(new TicketChanged(7, TicketChangeKind.StatusChanged));

        var after = await _pages.GetAsync(AllOpen, ReadAsync, TestContext.Current.CancellationToken);

        Assert.Equal(2, _reads);
        Assert.NotSame(before, after);
    }

    [Fact]
    public async Task A_change_heard_while_a_read_runs_makes_that_read_too_old_for_the_next_board()
    {
        var read = new TaskCompletionSource<BoardPage>();
        var running = _pages.GetAsync(AllOpen, () => { _reads++; return read.Task; }, TestContext.Current.CancellationToken);
        await _changes.PublishAsync(new TicketChanged(7, TicketChangeKind.AgentReply));
        read.SetResult(Page());
        await running;

        await _pages.GetAsync(AllOpen, ReadAsync, TestContext.Current.CancellationToken);

        Assert.Equal(2, _reads);
    }

    [Fact]
    public async Task A_shared_read_is_read_again_once_it_is_as_old_as_the_share_time_so_counters_follow_the_clock()
    {
        await _pages.GetAsync(AllOpen, ReadAsync, TestContext.Current.CancellationToken);
        _time.Advance(SharedBoardPages.ShareFor - TimeSpan.FromMilliseconds(1));
        await _pages.GetAsync(AllOpen, ReadAsync, TestContext.Current.CancellationToken);
        Assert.Equal(1, _reads);

        _time.Advance(TimeSpan.FromMilliseconds(1));
        await _pages.GetAsync(AllOpen, ReadAsync, TestContext.Current.CancellationToken);

        Assert.Equal(2, _reads);
    }

    [Fact]
    public async Task A_board_that_has_not_yet_heard_of_a_change_uses_the_newer_read_instead_of_replacing_it()
    {
        // The race, made to happen: after the board takes the hub's generation and before it looks for a shared read,
        // a change is heard and another board reads the view anew.
        var time = new TestClock(_time);
        var pages = new SharedBoardPages(_changes, time);
        time.OnRead = () =>
        {
            _changes.PublishAsync(new TicketChanged(7, TicketChangeKind.StatusChanged)).GetAwaiter().GetResult();
            pages.GetAsync(AllOpen, ReadAsync, TestContext.Current.CancellationToken).GetAwaiter().GetResult();
        };

        var late = await pages.GetAsync(AllOpen, ReadAsync, TestContext.Current.CancellationToken);
        var next = await pages.GetAsync(AllOpen, ReadAsync, TestContext.Current.CancellationToken);

        Assert.Equal(1, _reads);
        Assert.Same(late, next);
    }

    [Fact]
    public async Task A_shared_read_ages_by_the_monotonic_clock_so_setting_the_wall_clock_back_does_not_keep_it_forever()
    {
        var time = new TestClock(_time);
        var pages = new SharedBoardPages(_changes, time);
        await pages.GetAsync(AllOpen, ReadAsync, TestContext.Current.CancellationToken);

        time.WallClockOffset = TimeSpan.FromHours(-1);
        _time.Advance(SharedBoardPages.ShareFor);
        await pages.GetAsync(AllOpen, ReadAsync, TestContext.Current.CancellationToken);

        Assert.Equal(2, _reads);
    }

    [Fact]
    public async Task A_board_waiting_for_another_boards_read_that_fails_reads_once_itself()
    {
        var read = new TaskCompletionSource<BoardPage>();
        var first = _pages.GetAsync(AllOpen, () => read.Task, TestContext.Current.CancellationToken);
        var waiting = _pages.GetAsync(AllOpen, ReadAsync, TestContext.Current.CancellationToken);
        read.SetException(new TimeoutException("database busy"));

        await Assert.ThrowsAsync<TimeoutException>(() => first);
        var page = await waiting;

        Assert.Equal(1, _reads);
        Assert.Same(page, await _pages.GetAsync(AllOpen, ReadAsync, TestContext.Current.CancellationToken));
    }

    public static TheoryData<string, BoardPageKey> OtherReads => new()
    {
        { "another filter", AllOpen with { Filter = new BoardFilter(Sla: BoardSlaFilter.AtRisk) } },
        { "another search", AllOpen with { Filter = new BoardFilter(Search: "printer") } },
        { "another page", AllOpen with { Skip = 50 } },
        { "another page size", AllOpen with { Take = 20 } },
        { "a customer's access", AllOpen with { Access = AccessScope.OneCustomer(3) } },
        { "no access", AllOpen with { Access = AccessScope.Nothing } },
    };

    [Theory]
    [MemberData(nameof(OtherReads))]
    public async Task A_read_is_never_shared_with_a_board_that_differs_in(string _, BoardPageKey other)
    {
        await _pages.GetAsync(AllOpen, ReadAsync, TestContext.Current.CancellationToken);

        await _pages.GetAsync(other, ReadAsync, TestContext.Current.CancellationToken);

        Assert.Equal(2, _reads);
    }

    [Fact]
    public async Task Two_agents_never_share_their_mine_view()
    {
        var mine = new BoardFilter(Scope: BoardScope.Mine);
        await _pages.GetAsync(new BoardPageKey(mine, 0, 50, AccessScope.Everything, 1), ReadAsync, TestContext.Current.CancellationToken);
        await _pages.GetAsync(new BoardPageKey(mine, 0, 50, AccessScope.Everything, 2), ReadAsync, TestContext.Current.CancellationToken);
        await _pages.GetAsync(new BoardPageKey(mine, 0, 50, AccessScope.Everything, 1), ReadAsync, TestContext.Current.CancellationToken);

        Assert.Equal(2, _reads);
    }

    [Fact]
    public async Task Boards_asking_while_the_read_runs_wait_for_it_instead_of_reading_too()
    {
        var read = new TaskCompletionSource<BoardPage>();
        var first = _pages.GetAsync(AllOpen, () => { _reads++; return read.Task; }, TestContext.Current.CancellationToken);
        var second = _pages.GetAsync(AllOpen, ReadAsync, TestContext.Current.CancellationToken);
        Assert.False(second.IsCompleted);

        var page = Page();
        read.SetResult(page);

        Assert.Same(page, await first);
        Assert.Same(page, await second);
        Assert.Equal(1, _reads);
    }

    [Fact]
    public async Task A_failed_read_fails_the_board_that_started_it_and_is_not_shared_with_the_next_board()
    {
        await Assert.ThrowsAsync<TimeoutException>(() => _pages.GetAsync(AllOpen, () => Task.FromException<BoardPage>(new TimeoutException("database busy")), TestContext.Current.CancellationToken));

        await _pages.GetAsync(AllOpen, ReadAsync, TestContext.Current.CancellationToken);

        Assert.Equal(1, _reads);
    }

    [Fact]
    public async Task A_board_that_has_stopped_waiting_does_not_read_when_the_shared_read_fails()
    {
        var read = new TaskCompletionSource<BoardPage>();
        using var leaving = new CancellationTokenSource();
        var first = _pages.GetAsync(AllOpen, () => read.Task, TestContext.Current.CancellationToken);
        await leaving.CancelAsync();
        read.SetException(new TimeoutException("database busy"));
        var gone = _pages.GetAsync(AllOpen, ReadAsync, leaving.Token);

        await Assert.ThrowsAsync<TimeoutException>(() => first);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gone);
        Assert.Equal(0, _reads);
    }

    [Fact]
    public async Task A_board_that_stops_waiting_does_not_cancel_the_read_another_board_waits_for()
    {
        var read = new TaskCompletionSource<BoardPage>();
        using var leaving = new CancellationTokenSource();
        var first = _pages.GetAsync(AllOpen, () => read.Task, TestContext.Current.CancellationToken);
        var gone = _pages.GetAsync(AllOpen, ReadAsync, leaving.Token);

        await leaving.CancelAsync();
        var page = Page();
        read.SetResult(page);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gone);
        Assert.Same(page, await first);
    }

    private Task<BoardPage> ReadAsync()
    {
        _reads++;
        return Task.FromResult(Page());
    }

    private BoardPage Page() => new([], _reads, new BoardCounters(0, 0, 0), _time.GetUtcNow());

    /// <summary>
    /// The fake clock, with a wall clock that can be set apart from the monotonic one (as an operator or NTP can), and
    /// a hook run once, the first time the clock is read.
    /// </summary>
    private sealed class TestClock(FakeTimeProvider inner) : TimeProvider
    {
        public TimeSpan WallClockOffset { get; set; }

        public Action? OnRead { get; set; }

        public override DateTimeOffset GetUtcNow()
        {
            RunHookOnce();
            return inner.GetUtcNow() + WallClockOffset;
        }

        public override long GetTimestamp()
        {
            RunHookOnce();
            return inner.GetTimestamp();
        }

        public override long TimestampFrequency => inner.TimestampFrequency;

        private void RunHookOnce()
        {
            var hook = OnRead;
            OnRead = null;
            hook?.Invoke();
        }
    }
}
