using System.Diagnostics;
using HelpdeskDashboard.Features.Assignment;
using HelpdeskDashboard.Features.Billing.Usage;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Platform.Changes;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HelpdeskDashboard.Tests.Platform.Changes;

/// <summary>
/// Two app instances on one PostgreSQL database: what one publishes reaches the other's subscribers through
/// LISTEN/NOTIFY, the publisher's own subscribers hear it once, and a lost listener connection comes back.
/// </summary>
public sealed class CrossInstanceChangeTests : IAsyncLifetime
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private HelpdeskAppFactory _first = null!;
    private HelpdeskAppFactory _second = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        Assert.SkipUnless(TestDatabases.IsPostgreSql, "LISTEN/NOTIFY needs PostgreSQL; on SQLite the hubs stay in-process.");
        _first = new HelpdeskAppFactory();
        _second = new HelpdeskAppFactory { ConnectionString = _first.ConnectionString };
        _second.Settings["Database:Provider"] = "PostgreSQL";
        _ = _first.Services; // starts both hosts: migrations, then each one's listener
        _ = _second.Services;
        await BothListenAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_second is not null)
        {
            await _second.DisposeAsync();
        }

        if (_first is not null)
        {
            await _first.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_ticket_change_published_on_one_instance_reaches_a_subscriber_on_the_other_within_a_second()
    {
        var heard = new Heard<TicketChanged>(c => c.TicketId == 42);
        using var subscription = Hub<TicketChangeHub>(_second).Subscribe(heard.Add);

        var clock = Stopwatch.StartNew();
        await Hub<TicketChangeHub>(_first).PublishAsync(new TicketChanged(42, TicketChangeKind.Assigned, [3, 4]));
        var change = await heard.FirstAsync(Second);

        Assert.True(clock.Elapsed < Second, $"took {clock.Elapsed}");
        Assert.Equal((42, TicketChangeKind.Assigned), (change.TicketId, change.Kind));
        Assert.Equal([3, 4], change.AgentIds!);
    }

    [Fact]
    public async Task Hours_used_published_on_one_instance_reach_a_subscriber_on_the_other_within_a_second()
    {
        var heard = new Heard<int>(customerId => customerId == 7);
        using var subscription = Hub<UsageChangeHub>(_second).Subscribe(heard.Add);

        await Hub<UsageChangeHub>(_first).PublishAsync(7);

        Assert.Equal(7, await heard.FirstAsync(Second));
    }

    [Fact]
    public async Task A_bell_notification_made_on_one_instance_rings_and_shows_on_the_other()
    {
        const int agentId = 5;
        var heard = new Heard<int>(id => id == agentId);
        var other = _second.Services.GetRequiredService<AgentNotificationCenter>();
        using var subscription = other.Subscribe(heard.Add);

        await _first.Services.GetRequiredService<AgentNotificationCenter>().NotifyAsync(agentId, 12, "Ticket #12 was assigned to you.", Cancel);

        await heard.FirstAsync(Second);
        Assert.Equal("Ticket #12 was assigned to you.", Assert.Single(await other.ForAsync(agentId, Cancel)).Text);
    }

    [Fact]
    public async Task The_publisher_hears_its_own_changes_exactly_once_and_in_order()
    {
        var own = new Heard<TicketChanged>(c => c.TicketId > 0);
        var other = new Heard<TicketChanged>(c => c.TicketId == 4);
        using var a = Hub<TicketChangeHub>(_first).Subscribe(own.Add);
        using var b = Hub<TicketChangeHub>(_second).Subscribe(other.Add);

        var hub = Hub<TicketChangeHub>(_first);
        await hub.PublishAsync(new TicketChanged(1, TicketChangeKind.Created));
        await hub.PublishAsync(new TicketChanged(2, TicketChangeKind.AgentReply));
        await hub.PublishAsync(new TicketChanged(3, TicketChangeKind.StatusChanged));
        await hub.PublishAsync(new TicketChanged(4, TicketChangeKind.Assigned)); // the fence: once heard, all four are
        await other.FirstAsync(Second);
        await own.CountAsync(4, Second);

        Assert.Equal([1, 2, 3, 4], own.All.Select(c => c.TicketId));
    }

    [Fact]
    public async Task After_its_connection_is_killed_the_listener_reconnects_and_tells_subscribers_to_reread()
    {
        var reread = new Heard<TicketChanged>(c => c.Kind == TicketChangeKind.DeadlinesRecalculated);
        var missedUsage = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var plain = Hub<TicketChangeHub>(_first).Subscribe(reread.Add);
        using var withMissed = Hub<UsageChangeHub>(_first).Subscribe(_ => Task.CompletedTask, () =>
        {
            missedUsage.TrySetResult();
            return Task.CompletedTask;
        });

        Assert.Equal(2, await TerminateListenersAsync());

        // The first retry comes a second after the failure (the app runs on the system clock).
        await reread.FirstAsync(TimeSpan.FromSeconds(15));
        await missedUsage.Task.WaitAsync(TimeSpan.FromSeconds(15), Cancel);

        // ... and it listens again: a change from the other instance arrives.
        var heard = new Heard<TicketChanged>(c => c.TicketId == 77);
        using var again = Hub<TicketChangeHub>(_first).Subscribe(heard.Add);
        await WithinAsync(TimeSpan.FromSeconds(15), async () =>
        {
            await Hub<TicketChangeHub>(_second).PublishAsync(new TicketChanged(77, TicketChangeKind.Created));
            return await heard.HeardWithinAsync(TimeSpan.FromMilliseconds(200));
        });
    }

    private static THub Hub<THub>(HelpdeskAppFactory app) where THub : notnull => app.Services.GetRequiredService<THub>();

    // Both listeners hear a probe the first instance sends: each has connected, LISTENed and told its subscribers to
    // re-read (its first connection) before the test's own subscribers come.
    private async Task BothListenAsync()
    {
        var probe = -1;
        var first = new Heard<TicketChanged>(c => c.TicketId < 0);
        var second = new Heard<TicketChanged>(c => c.TicketId < 0);
        using var a = Hub<TicketChangeHub>(_first).Subscribe(first.Add);
        using var b = Hub<TicketChangeHub>(_second).Subscribe(second.Add);
        await WithinAsync(TimeSpan.FromSeconds(30), async () =>
        {
            await Hub<TicketChangeHub>(_first).PublishAsync(new TicketChanged(probe--, TicketChangeKind.Created));
            return await first.HeardWithinAsync(TimeSpan.FromMilliseconds(200)) & await second.HeardWithinAsync(TimeSpan.FromMilliseconds(200));
        });
    }

    private async Task<int> TerminateListenersAsync()
    {
        await using var connection = new NpgsqlConnection(_first.ConnectionString);
        await connection.OpenAsync(Cancel);
        await using var command = new NpgsqlCommand(
            "SELECT count(pg_terminate_backend(pid))::int FROM pg_stat_activity WHERE datname = current_database() AND application_name = @name",
            connection);
        command.Parameters.AddWithValue("name", PostgreSqlChangeListener.ApplicationName);
        return (int)(await command.ExecuteScalarAsync(Cancel))!;
    }

    private static async Task WithinAsync(TimeSpan limit, Func<Task<bool>> attempt)
    {
        var deadline = Stopwatch.StartNew();
        while (!await attempt())
        {
            Assert.True(deadline.Elapsed < limit, $"Not within {limit}.");
        }
    }

    /// <summary>The changes a subscriber heard that match, and a way to wait for them.</summary>
    private sealed class Heard<T>(Func<T, bool> matches)
    {
        private readonly List<T> _all = [];
        private readonly SemaphoreSlim _signal = new(0);

        public IReadOnlyList<T> All
        {
            get
            {
                lock (_all)
                {
                    return [.. _all];
                }
            }
        }

        public Task Add(T change)
        {
            if (matches(change))
            {
                lock (_all)
                {
                    _all.Add(change);
                }

                _signal.Release();
            }

            return Task.CompletedTask;
        }

        public async Task<T> FirstAsync(TimeSpan limit)
        {
            await CountAsync(1, limit);
            return All[0];
        }

        public async Task CountAsync(int count, TimeSpan limit)
        {
            var deadline = Stopwatch.StartNew();
            while (All.Count < count)
            {
                var left = limit - deadline.Elapsed;
                Assert.True(left > TimeSpan.Zero && await _signal.WaitAsync(left, Cancel), $"Heard {All.Count} of {count} within {limit}.");
            }
        }

        public Task<bool> HeardWithinAsync(TimeSpan limit) => All.Count > 0 ? Task.FromResult(true) : _signal.WaitAsync(limit, Cancel);
    }
}
