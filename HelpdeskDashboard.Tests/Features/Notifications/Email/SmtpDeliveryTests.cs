using HelpdeskDashboard.Features.Notifications;
using MimeKit;

namespace HelpdeskDashboard.Tests.Features.Notifications.Email;

public sealed class SmtpDeliveryTests : IAsyncLifetime
{
    private OutboxTestWorld _world = null!;

    public async ValueTask InitializeAsync() => _world = await OutboxTestWorld.CreateAsync();

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Delivered_message_has_html_and_text_alternatives_subject_recipient_and_outbox_message_id()
    {
        await using var server = await SmtpTestServer.StartAsync();
        var ids = await _world.QueueAsync(1);

        var report = await _world.Dispatcher(_world.Smtp(server.Port)).DeliverDueAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, report.Sent);
        var received = Assert.Single(server.Received);
        Assert.Equal("Your tier changed #1", received.Subject);
        Assert.Equal("user1@example.com", Assert.Single(received.To.Mailboxes).Address);
        Assert.Equal("helpdesk@example.com", Assert.Single(received.From.Mailboxes).Address);
        Assert.Equal($"outbox-{ids[0]}@example.com", received.MessageId);
        var alternative = Assert.IsType<MultipartAlternative>(received.Body);
        Assert.Equal(["text/plain", "text/html"], alternative.OfType<TextPart>().Select(p => p.ContentType.MimeType));
        Assert.Contains("Hello customer 1", received.TextBody, StringComparison.Ordinal);
        Assert.Contains("<strong>customer 1</strong>", received.HtmlBody, StringComparison.Ordinal);

        var stored = await _world.ReadAsync(ids[0]);
        Assert.Equal(OutboxStatus.Sent, stored.Status);
        Assert.Equal(OutboxTestWorld.Start.UtcTicks, stored.SentUtcTicks);
        Assert.Equal(1, stored.Attempts);
    }

    [Fact]
    public async Task Smtp_down_then_up_delivers_each_message_exactly_once()
    {
        var port = SmtpTestServer.FreePort();
        var dispatcher = _world.Dispatcher(_world.Smtp(port));
        var ids = await _world.QueueAsync(3);

        var whileDown = await dispatcher.DeliverDueAsync(TestContext.Current.CancellationToken);
        Assert.Equal((0, 3), (whileDown.Sent, whileDown.Retrying));
        var pending = await _world.ReadAsync(ids[0]);
        Assert.Equal(OutboxStatus.Pending, pending.Status);
        Assert.NotNull(pending.LastError);

        await using var server = await SmtpTestServer.StartAsync(port);
        var tooEarly = await dispatcher.DeliverDueAsync(TestContext.Current.CancellationToken);
        _world.Time.Advance(_world.Options.Delivery.FirstRetryDelay);
        var afterBackOff = await dispatcher.DeliverDueAsync(TestContext.Current.CancellationToken);
        _world.Time.Advance(TimeSpan.FromHours(2));
        var later = await dispatcher.DeliverDueAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, tooEarly.Attempted);
        Assert.Equal(3, afterBackOff.Sent);
        Assert.Equal(0, later.Attempted);
        Assert.Equal(
            ids.Select(id => $"outbox-{id}@example.com").Order(StringComparer.Ordinal),
            server.Received.Select(m => m.MessageId).Order(StringComparer.Ordinal));
        Assert.All(await _world.ReadAllAsync(), m => Assert.Equal((OutboxStatus.Sent, 2, (string?)null), (m.Status, m.Attempts, m.LastError)));
    }
}
