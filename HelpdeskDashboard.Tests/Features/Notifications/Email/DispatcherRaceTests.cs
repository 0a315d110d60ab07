using HelpdeskDashboard.Features.Notifications;

namespace HelpdeskDashboard.Tests.Features.Notifications.Email;

public sealed class DispatcherRaceTests : IAsyncLifetime
{
    private OutboxTestWorld _world = null!;

    public async ValueTask InitializeAsync() => _world = await OutboxTestWorld.CreateAsync();

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Two_dispatchers_racing_on_one_sqlite_file_never_send_a_message_twice()
    {
        const int Messages = 60;
        var ids = await _world.QueueAsync(Messages);
        _world.Options.Delivery.BatchSize = Messages;
        var (first, second) = (new RecordingTransport(), new RecordingTransport());

        // Both find the same 60 due messages, then fight over each claim on their own connections.
        var reports = await Task.WhenAll(
            Task.Run(() => _world.Dispatcher(first).DeliverDueAsync(TestContext.Current.CancellationToken), TestContext.Current.CancellationToken),
            Task.Run(() => _world.Dispatcher(second).DeliverDueAsync(TestContext.Current.CancellationToken), TestContext.Current.CancellationToken));

        var sent = first.Sent.Concat(second.Sent).Select(m => m.MessageId).ToList();
        Assert.Equal(Messages, sent.Count);
        Assert.Equal(Messages, sent.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Messages, reports.Sum(r => r.Sent));
        Assert.All(await _world.ReadAllAsync(), m => Assert.Equal((OutboxStatus.Sent, 1), (m.Status, m.Attempts)));
        Assert.Equal(ids.Count, sent.Count);
    }
}
