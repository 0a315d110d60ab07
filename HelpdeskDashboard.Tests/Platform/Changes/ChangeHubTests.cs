using HelpdeskDashboard.Features.Billing.Usage;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Platform.Changes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

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
