using HelpdeskDashboard.Features.Notifications;
using HelpdeskDashboard.Features.Notifications.Email;
using MimeKit;

namespace HelpdeskDashboard.Tests.Features.Notifications.Email;

public sealed class PickupFolderDeliveryTests : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "helpdesk-tests", $"pickup-{Guid.NewGuid():N}");
    private OutboxTestWorld world = null!;

    public async ValueTask InitializeAsync() => world = await OutboxTestWorld.CreateAsync();

    public async ValueTask DisposeAsync()
    {
        await world.DisposeAsync();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Without_smtp_each_message_becomes_a_parseable_eml_file_named_by_its_message_id()
    {
        var ids = await world.QueueAsync(2);

        var report = await world.Dispatcher(new PickupFolderMailTransport(folder)).DeliverDueAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2, report.Sent);
        var files = Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(ids.Select(id => $"outbox-{id}@example.com.eml").Order(StringComparer.Ordinal), files);
        var parsed = await MimeMessage.LoadAsync(Path.Combine(folder, $"outbox-{ids[0]}@example.com.eml"), TestContext.Current.CancellationToken);
        Assert.Equal("Your tier changed #1", parsed.Subject);
        Assert.Equal("user1@example.com", Assert.Single(parsed.To.Mailboxes).Address);
        Assert.IsType<MultipartAlternative>(parsed.Body);
        Assert.Contains("Hello customer 1", parsed.TextBody, StringComparison.Ordinal);
        Assert.Contains("<strong>customer 1</strong>", parsed.HtmlBody, StringComparison.Ordinal);
        Assert.All(await world.ReadAllAsync(), m => Assert.Equal(OutboxStatus.Sent, m.Status));
    }

    [Fact]
    public async Task Writing_the_same_message_twice_leaves_one_file()
    {
        var ids = await world.QueueAsync(1);
        var message = OutboxMimeBuilder.Build(await world.ReadAsync(ids[0]), world.Options);
        var transport = new PickupFolderMailTransport(folder);

        await transport.SendAsync(message, TestContext.Current.CancellationToken);
        await transport.SendAsync(message, TestContext.Current.CancellationToken);

        Assert.Single(Directory.GetFiles(folder));
    }
}
