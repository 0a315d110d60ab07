using HelpdeskDashboard.Features.Notifications;
using Microsoft.Extensions.Logging.Abstractions;

using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Tests.Features.Notifications;
namespace HelpdeskDashboard.Tests.Features.Tickets;

public sealed class TicketChangeHubTests
{
    private readonly TicketChangeHub hub = new(NullLogger<TicketChangeHub>.Instance);

    [Fact]
    public async Task Every_subscriber_hears_the_changed_ticket_id()
    {
        var first = new List<int>();
        var second = new List<int>();
        using var a = hub.Subscribe(change => { first.Add(change.TicketId); return Task.CompletedTask; });
        using var b = hub.Subscribe(change => { second.Add(change.TicketId); return Task.CompletedTask; });

        await hub.PublishAsync(new TicketChanged(42, TicketChangeKind.AgentReply));

        Assert.Equal([42], first);
        Assert.Equal([42], second);
    }

    [Fact]
    public async Task Disposed_subscription_hears_nothing_more()
    {
        var heard = 0;
        var subscription = hub.Subscribe(_ => { heard++; return Task.CompletedTask; });
        await hub.PublishAsync(new TicketChanged(1, TicketChangeKind.StatusChanged));

        subscription.Dispose();
        subscription.Dispose();
        await hub.PublishAsync(new TicketChanged(2, TicketChangeKind.StatusChanged));

        Assert.Equal(1, heard);
        Assert.Equal(0, hub.SubscriberCount);
    }

    [Fact]
    public async Task A_failing_subscriber_does_not_stop_the_others()
    {
        var heard = 0;
        using var broken = hub.Subscribe(_ => throw new InvalidOperationException("page gone"));
        using var healthy = hub.Subscribe(_ => { heard++; return Task.CompletedTask; });

        await hub.PublishAsync(new TicketChanged(7, TicketChangeKind.Assigned, [3, 4]));

        Assert.Equal(1, heard);
    }

    [Fact]
    public async Task Disposing_one_of_two_identical_handlers_keeps_the_other()
    {
        var heard = 0;
        Func<TicketChanged, Task> handler = _ => { heard++; return Task.CompletedTask; };
        var first = hub.Subscribe(handler);
        using var second = hub.Subscribe(handler);

        first.Dispose();
        await hub.PublishAsync(new TicketChanged(9, TicketChangeKind.Created));

        Assert.Equal(1, heard);
    }
}
