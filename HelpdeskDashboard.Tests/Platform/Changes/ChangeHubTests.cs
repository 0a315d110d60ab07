using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Billing.Usage;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Platform.Changes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Tests.Platform.Changes;

public sealed class ChangeHubTests
{
    private readonly RecordingLogger _logger = new();
    private readonly ChangeHub<TicketChanged> _hub;

    public ChangeHubTests() => _hub = new ChangeHub<TicketChanged>(_logger);

    [Fact]
    public async Task Every_subscriber_hears_the_change()
    {
        var first = new List<int>();
        var second = new List<int>();
        using var a = _hub.Subscribe(change => { first.Add(change.TicketId); return Task.CompletedTask; });
        using var b = _hub.Subscribe(change => { second.Add(change.TicketId); return Task.CompletedTask; });

        await _hub.PublishAsync(new TicketChanged(42, TicketChangeKind.AgentReply));

        Assert.Equal([42], first);
        Assert.Equal([42], second);
        Assert.Equal(2, _hub.SubscriberCount);
    }

    [Fact]
    public async Task Each_change_heard_raises_the_generation_before_any_subscriber_hears_it()
    {
        var tickets = new TicketChangeHub(NullLogger<TicketChangeHub>.Instance);
        IRelayedChangeHub relayed = tickets;
        var seen = new List<(int TicketId, long Generation)>();
        using var subscription = tickets.Subscribe(change => { seen.Add((change.TicketId, tickets.Generation)); return Task.CompletedTask; });
        Assert.Equal(0, tickets.Generation);

        await tickets.PublishAsync(new TicketChanged(1, TicketChangeKind.AgentReply));
        await relayed.DeliverAsync(System.Text.Json.JsonSerializer.Serialize(new TicketChanged(2, TicketChangeKind.StatusChanged)));
        await relayed.DeliverMissedAsync();

        Assert.Equal([(1, 1), (2, 2), (0, 3)], seen);
        Assert.Equal(3, tickets.Generation);
    }

    [Fact]
    public async Task A_disposed_subscription_hears_nothing_more_and_disposing_it_again_changes_nothing()
    {
        var heard = 0;
        var subscription = _hub.Subscribe(_ => { heard++; return Task.CompletedTask; });
        await _hub.PublishAsync(new TicketChanged(1, TicketChangeKind.StatusChanged));

        subscription.Dispose();
        subscription.Dispose();
        await _hub.PublishAsync(new TicketChanged(2, TicketChangeKind.StatusChanged));

        Assert.Equal(1, heard);
        Assert.Equal(0, _hub.SubscriberCount);
    }

    [Fact]
    public async Task A_failing_subscriber_is_logged_and_does_not_stop_the_others()
    {
        var heard = 0;
        using var throwing = _hub.Subscribe(_ => throw new InvalidOperationException("page gone"));
        using var faulted = _hub.Subscribe(_ => Task.FromException(new InvalidOperationException("reload failed")));
        using var healthy = _hub.Subscribe(_ => { heard++; return Task.CompletedTask; });

        await _hub.PublishAsync(new TicketChanged(7, TicketChangeKind.Assigned, [3, 4]));

        Assert.Equal(1, heard);
        Assert.Equal(["page gone", "reload failed"], _logger.Warnings.Select(e => e.Message));
    }

    [Fact]
    public async Task Publishing_awaits_every_subscriber()
    {
        var slow = new TaskCompletionSource();
        using var subscription = _hub.Subscribe(_ => slow.Task);

        var publishing = _hub.PublishAsync(new TicketChanged(5, TicketChangeKind.Created));
        Assert.False(publishing.IsCompleted);

        slow.SetResult();
        await publishing;
    }

    [Fact]
    public async Task Disposing_one_of_two_identical_handlers_keeps_the_other()
    {
        var heard = 0;
        Func<TicketChanged, Task> handler = _ => { heard++; return Task.CompletedTask; };
        var first = _hub.Subscribe(handler);
        using var second = _hub.Subscribe(handler);

        first.Dispose();
        await _hub.PublishAsync(new TicketChanged(9, TicketChangeKind.Created));

        Assert.Equal(1, heard);
    }

    [Fact]
    public async Task The_apps_hubs_are_change_hubs_of_ticket_changes_and_customer_ids()
    {
        ChangeHub<TicketChanged> tickets = new TicketChangeHub(NullLogger<TicketChangeHub>.Instance);
        ChangeHub<int> usage = new UsageChangeHub(NullLogger<UsageChangeHub>.Instance);
        var heard = new List<object>();
        using var a = tickets.Subscribe(change => { heard.Add(change.TicketId); return Task.CompletedTask; });
        using var b = usage.Subscribe(customerId => { heard.Add(customerId); return Task.CompletedTask; });

        await tickets.PublishAsync(new TicketChanged(12, TicketChangeKind.TimeLogged));
        await usage.PublishAsync(3);

        Assert.Equal([12, 3], heard);
    }

    [Fact]
    public async Task When_changes_may_have_been_missed_plain_subscribers_hear_everything_changed_and_others_their_missed_handler()
    {
        IRelayedChangeHub relayed = new TicketChangeHub(NullLogger<TicketChangeHub>.Instance);
        var hub = (TicketChangeHub)relayed;
        var plain = new List<TicketChanged>();
        var missed = 0;
        using var a = hub.Subscribe(change => { plain.Add(change); return Task.CompletedTask; });
        using var b = hub.Subscribe(_ => throw new InvalidOperationException("not a change"), () => { missed++; return Task.CompletedTask; });

        await relayed.DeliverMissedAsync();

        Assert.Equal([TicketChanged.DeadlinesRecalculated], plain);
        Assert.Equal(1, missed);
        Assert.Equal("helpdesk_tickets", relayed.Channel);
    }

    [Fact]
    public async Task A_notification_payload_is_the_change_as_json_and_comes_back_as_the_same_ids()
    {
        IRelayedChangeHub relayed = new TicketChangeHub(NullLogger<TicketChangeHub>.Instance);
        var heard = new List<TicketChanged>();
        using var subscription = ((TicketChangeHub)relayed).Subscribe(change => { heard.Add(change); return Task.CompletedTask; });

        await relayed.DeliverAsync(System.Text.Json.JsonSerializer.Serialize(new TicketChanged(8, TicketChangeKind.Assigned, [1, 2])));
        await relayed.DeliverAsync("not json"); // unreadable: heard as "everything changed"

        Assert.Equal((8, TicketChangeKind.Assigned), (heard[0].TicketId, heard[0].Kind));
        Assert.Equal([1, 2], heard[0].AgentIds!);
        Assert.Equal(TicketChanged.DeadlinesRecalculated, heard[1]);
    }

    [Fact]
    public async Task On_postgresql_publishing_to_an_unreachable_server_is_logged_and_does_not_throw()
    {
        var relayLog = new RecordingLogger<ChangeRelay>();
        var hub = new UsageChangeHub(NullLogger<UsageChangeHub>.Instance, UnreachableRelay(relayLog));
        var heard = 0;
        using var subscription = hub.Subscribe(_ => { heard++; return Task.CompletedTask; });

        await hub.PublishAsync(3);

        Assert.Single(relayLog.Errors);
        Assert.Equal(0, heard); // on PostgreSQL only the listener delivers, never the publish itself
    }

    [Fact]
    public async Task On_postgresql_publishing_raises_the_publishers_generation_before_the_notification_comes_back()
    {
        // The listener delivers the change later; until then a board on the publishing instance must not be served
        // a shared page read before the change (SharedBoardPages), or its user would not see what they just did.
        var hub = new TicketChangeHub(NullLogger<TicketChangeHub>.Instance, UnreachableRelay(NullLogger<ChangeRelay>.Instance));

        await hub.PublishAsync(new TicketChanged(4, TicketChangeKind.AgentReply));

        Assert.Equal(1, hub.Generation);
    }

    // A relay configured for PostgreSQL whose server refuses the connection at once (port 1).
    private static ChangeRelay UnreachableRelay(ILogger<ChangeRelay> logger)
    {
        var options = new DbContextOptionsBuilder<HelpdeskDbContext>().UseNpgsql("Host=127.0.0.1;Port=1;Database=none;Timeout=2").Options;
        return new ChangeRelay(
            Options.Create(new DatabaseOptions { Provider = "PostgreSQL", ConnectionString = "Host=127.0.0.1;Port=1;Database=none" }),
            new PooledDbContextFactory<HelpdeskDbContext>(options), logger);
    }

    private sealed class RecordingLogger<T> : ILogger<T>
    {
        public List<Exception> Errors { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Error && exception is not null)
            {
                Errors.Add(exception);
            }
        }
    }

    private sealed class RecordingLogger : ILogger
    {
        public List<Exception> Warnings { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning && exception is not null)
            {
                Warnings.Add(exception);
            }
        }
    }
}
