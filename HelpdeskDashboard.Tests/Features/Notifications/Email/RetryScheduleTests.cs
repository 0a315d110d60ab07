using HelpdeskDashboard.Features.Notifications;
using HelpdeskDashboard.Features.Notifications.Email;

namespace HelpdeskDashboard.Tests.Features.Notifications.Email;

public sealed class RetryScheduleTests : IAsyncLifetime
{
    private OutboxTestWorld _world = null!;
    private readonly RecordingTransport _transport = new() { Failing = true };

    public async ValueTask InitializeAsync() => _world = await OutboxTestWorld.CreateAsync();

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    public static TheoryData<string, int, int> Delays() => new()
    {
        { "first failure waits the first delay", 1, 1 },
        { "second failure doubles it", 2, 2 },
        { "third failure doubles again", 3, 4 },
        { "fourth failure is capped at the maximum", 4, 5 },
        { "a hundredth failure stays at the maximum", 100, 5 },
    };

    [Theory]
    [MemberData(nameof(Delays))]
    public void Back_off_doubles_from_the_first_delay_up_to_the_cap(string label, int failedAttempts, int expectedMinutes)
    {
        _ = label;
        var delivery = new DeliveryOptions { FirstRetryDelay = TimeSpan.FromMinutes(1), MaxRetryDelay = TimeSpan.FromMinutes(5) };

        Assert.Equal(TimeSpan.FromMinutes(expectedMinutes), OutboxBackoff.DelayAfter(failedAttempts, delivery));
    }

    [Fact]
    public async Task Failed_attempts_wait_1_2_4_minutes_and_the_fourth_marks_the_message_failed_with_its_error()
    {
        var id = (await _world.QueueAsync(1))[0];
        var dispatcher = _world.Dispatcher(_transport);
        var waits = new List<TimeSpan>();

        for (var attempt = 1; attempt <= _world.Options.Delivery.MaxAttempts; attempt++)
        {
            var report = await dispatcher.DeliverDueAsync(TestContext.Current.CancellationToken);
            Assert.Equal(1, report.Attempted);
            var stored = await _world.ReadAsync(id);
            Assert.Equal(attempt, stored.Attempts);
            if (stored.Status == OutboxStatus.Failed)
            {
                break;
            }

            var wait = TimeSpan.FromTicks(stored.NextAttemptUtcTicks - _world.Time.GetUtcNow().UtcTicks);
            waits.Add(wait);

            // Not due a moment before the back-off ends.
            _world.Time.Advance(wait - TimeSpan.FromSeconds(1));
            Assert.Equal(0, (await dispatcher.DeliverDueAsync(TestContext.Current.CancellationToken)).Attempted);
            _world.Time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(4)], waits);
        var failed = await _world.ReadAsync(id);
        Assert.Equal(OutboxStatus.Failed, failed.Status);
        Assert.Equal(4, failed.Attempts);
        Assert.Equal("IOException: Connection refused by the test.", failed.LastError);

        _world.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, (await dispatcher.DeliverDueAsync(TestContext.Current.CancellationToken)).Attempted);
        Assert.Empty(_transport.Sent);
    }

    [Fact]
    public async Task Message_claimed_by_a_dispatcher_that_died_is_sent_again_after_its_lease_with_the_same_message_id()
    {
        var id = (await _world.QueueAsync(1))[0];
        var crashed = new CrashingTransport();
        await Assert.ThrowsAsync<OperationCanceledException>(() => _world.Dispatcher(crashed).DeliverDueAsync(crashed.Token));
        var working = new RecordingTransport();
        var dispatcher = _world.Dispatcher(working);

        _world.Time.Advance(_world.Options.Delivery.Lease - TimeSpan.FromSeconds(1));
        var duringLease = await dispatcher.DeliverDueAsync(TestContext.Current.CancellationToken);
        _world.Time.Advance(TimeSpan.FromSeconds(1));
        var afterLease = await dispatcher.DeliverDueAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, duringLease.Attempted);
        Assert.Equal(1, afterLease.Sent);
        Assert.Equal($"outbox-{id}@example.com", Assert.Single(working.Sent).MessageId);
        Assert.Equal(2, (await _world.ReadAsync(id)).Attempts);
    }

    /// <summary>Stands for a process that stops while a send is in flight: the send is cancelled mid-way.</summary>
    private sealed class CrashingTransport : IMailTransport
    {
        private readonly CancellationTokenSource _shutdown = new();

        public CancellationToken Token => _shutdown.Token;

        public Task SendAsync(MimeKit.MimeMessage message, CancellationToken cancellationToken)
        {
            _shutdown.Cancel();
            cancellationToken.ThrowIfCancellationRequested();
            return Task.CompletedTask;
        }
    }
}
