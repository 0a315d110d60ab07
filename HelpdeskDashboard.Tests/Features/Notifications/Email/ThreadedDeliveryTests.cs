using HelpdeskDashboard.Features.Notifications;
using HelpdeskDashboard.Features.Notifications.Email;
using MimeKit;

namespace HelpdeskDashboard.Tests.Features.Notifications.Email;

/// <summary>A ticket mail as the SMTP server receives it: threading headers, Reply-To, Auto-Submitted and its files.</summary>
public sealed class ThreadedDeliveryTests : IAsyncLifetime
{
    private OutboxTestWorld _world = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _world = await OutboxTestWorld.CreateAsync();

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task A_ticket_mail_threads_under_its_ticket_names_the_support_address_and_carries_its_files()
    {
        await using var server = await SmtpTestServer.StartAsync();
        var log = await _world.Database.Files.SaveAsync(new MemoryStream("ERROR timeout at 03:12"u8.ToArray()), 1000, Cancel);
        var id = await QueueAsync(OutboxTestWorld.Message(1, "[#12] Encoder fault") with
        {
            TicketId = 12,
            IsAutomatic = true,
            ReplyTo = "support@example.com",
            Attachments = [new OutboxFile("trace ü.log", "application/octet-stream", log.Sha256, log.Length)],
        });

        var report = await _world.Dispatcher(_world.Smtp(server.Port)).DeliverDueAsync(Cancel);

        Assert.Equal(1, report.Sent);
        var received = Assert.Single(server.Received);
        Assert.Equal($"outbox-{id}@example.com", received.MessageId);
        Assert.Equal("ticket-12@example.com", received.InReplyTo);
        Assert.Equal(["ticket-12@example.com"], received.References);
        Assert.Equal("support@example.com", Assert.Single(received.ReplyTo.Mailboxes).Address);
        Assert.Equal("auto-generated", received.Headers["Auto-Submitted"]);
        var file = Assert.IsType<MimePart>(Assert.Single(received.Attachments));
        Assert.Equal("trace ü.log", file.FileName);
        using var bytes = new MemoryStream();
        await file.Content!.DecodeToAsync(bytes, Cancel);
        Assert.Equal("ERROR timeout at 03:12"u8.ToArray(), bytes.ToArray());
    }

    [Fact]
    public async Task A_persons_reply_is_not_marked_automatic_and_a_mail_without_a_ticket_has_no_thread()
    {
        await using var server = await SmtpTestServer.StartAsync();
        await QueueAsync(OutboxTestWorld.Message(1));

        await _world.Dispatcher(_world.Smtp(server.Port)).DeliverDueAsync(Cancel);

        var received = Assert.Single(server.Received);
        Assert.Null(received.Headers["Auto-Submitted"]);
        Assert.Null(received.InReplyTo);
        Assert.Empty(received.References);
    }

    [Fact]
    public async Task A_file_missing_from_the_store_fails_the_message_at_once_instead_of_retrying()
    {
        var id = await QueueAsync(OutboxTestWorld.Message(1) with { Attachments = [new OutboxFile("gone.log", "text/plain", new string('0', 64), 10)] });

        var report = await _world.Dispatcher(new RecordingTransport()).DeliverDueAsync(Cancel);

        Assert.Equal(1, report.Failed);
        var stored = await _world.ReadAsync(id);
        Assert.Equal(OutboxStatus.Failed, stored.Status);
        Assert.Contains("gone.log", stored.LastError, StringComparison.Ordinal);
    }

    private async Task<long> QueueAsync(NewOutboxMessage message)
    {
        await using var db = _world.Database.CreateDbContext();
        Assert.True(await _world.Writer.TryAddAsync(db, message, Cancel));
        await db.SaveChangesAsync(Cancel);
        return db.OutboxMessages.Local.Single().Id;
    }
}
