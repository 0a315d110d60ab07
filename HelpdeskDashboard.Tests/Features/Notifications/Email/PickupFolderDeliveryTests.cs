using HelpdeskDashboard.Features.Notifications;
using HelpdeskDashboard.Features.Notifications.Email;
using MimeKit;

namespace HelpdeskDashboard.Tests.Features.Notifications.Email;

public sealed class PickupFolderDeliveryTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "helpdesk-tests", $"pickup-{Guid.NewGuid():N}");
    private OutboxTestWorld _world = null!;

    public async ValueTask InitializeAsync() => _world = await OutboxTestWorld.CreateAsync();

    public async ValueTask DisposeAsync()
    {
        await _world.DisposeAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Without_smtp_each_message_becomes_a_parseable_eml_file_named_by_its_message_id()
    {
        var ids = await _world.QueueAsync(2);

        var report = await _world.Dispatcher(new PickupFolderMailTransport(_folder)).DeliverDueAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2, report.Sent);
        var files = Directory.GetFiles(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(ids.Select(id => $"outbox-{id}@example.com.eml").Order(StringComparer.Ordinal), files);
        var parsed = await MimeMessage.LoadAsync(Path.Combine(_folder, $"outbox-{ids[0]}@example.com.eml"), TestContext.Current.CancellationToken);
        Assert.Equal("Your tier changed #1", parsed.Subject);
        Assert.Equal("user1@example.com", Assert.Single(parsed.To.Mailboxes).Address);
        Assert.IsType<MultipartAlternative>(parsed.Body);
        Assert.Contains("Hello customer 1", parsed.TextBody, StringComparison.Ordinal);
        Assert.Contains("<strong>customer 1</strong>", parsed.HtmlBody, StringComparison.Ordinal);
        Assert.All(await _world.ReadAllAsync(), m => Assert.Equal(OutboxStatus.Sent, m.Status));
    }

    [Fact]
    public async Task Writing_the_same_message_twice_leaves_one_file()
    {
        var ids = await _world.QueueAsync(1);
        var message = OutboxMimeBuilder.Build(await _world.ReadAsync(ids[0]), _world.Options);
        var transport = new PickupFolderMailTransport(_folder);

        await transport.SendAsync(message, TestContext.Current.CancellationToken);
        await transport.SendAsync(message, TestContext.Current.CancellationToken);

        Assert.Single(Directory.GetFiles(_folder));
    }
}
