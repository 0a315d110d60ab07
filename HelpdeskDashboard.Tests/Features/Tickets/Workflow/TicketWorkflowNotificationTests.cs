using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.Workflow;
using HelpdeskDashboard.Tests.Features.Tickets.Support;

namespace HelpdeskDashboard.Tests.Features.Tickets.Workflow;

/// <summary>Every successful command tells open pages once, naming the ticket and the agents concerned.</summary>
public sealed class TicketWorkflowNotificationTests : IAsyncLifetime
{
    private TicketTestWorld _world = null!;
    private int _ticketId;

    public async ValueTask InitializeAsync()
    {
        _world = await TicketTestWorld.CreateAsync();
        _ticketId = await _world.OpenTicketAsync(_world.Gold, "VPN to the line controller drops", assignee: _world.Alex);
    }

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    public static TheoryData<string, TicketChangeKind> Commands => new()
    {
        { "public reply", TicketChangeKind.AgentReply },
        { "internal note", TicketChangeKind.InternalNote },
        { "customer message", TicketChangeKind.CustomerMessage },
        { "status change", TicketChangeKind.StatusChanged },
        { "reassignment", TicketChangeKind.Assigned },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Successful_command_publishes_exactly_one_change(string label, TicketChangeKind kind)
    {
        var result = label switch
        {
            "public reply" => await _world.RunAsync(_world.AlexSignedIn, w => w.ReplyAsync(new ReplyToTicket(_ticketId, 0, "On it.", false))),
            "internal note" => await _world.RunAsync(_world.AlexSignedIn, w => w.ReplyAsync(new ReplyToTicket(_ticketId, 0, "Firewall?", true))),
            "customer message" => await _world.RunAsync(_world.GoldPersonSignedIn, w => w.PostCustomerMessageAsync(new PostCustomerMessage(_ticketId, 0, "Again"))),
            "status change" => await _world.RunAsync(_world.AlexSignedIn, w => w.ChangeStatusAsync(new ChangeTicketStatus(_ticketId, 0, TicketStatus.OnHold))),
            _ => await _world.RunAsync(_world.MorganSignedIn, w => w.AssignAsync(new AssignTicket(_ticketId, 0, _world.Jonas.Id))),
        };

        Assert.True(result.Succeeded, $"{label}: {string.Join(" ", result.Errors)}");
        var agents = label switch
        {
            "reassignment" => new[] { _world.Alex.Id, _world.Jonas.Id }, // the old and the new assignee
            _ => [_world.Alex.Id],
        };
        Assert.Equal([new TicketChanged(_ticketId, kind, agents)], _world.Published, TicketChangedComparer.Instance);
    }

    [Fact]
    public async Task Change_is_published_only_after_it_is_committed()
    {
        int? versionSeenBySubscriber = null;
        using var _ = _world.Hub.Subscribe(async change => versionSeenBySubscriber = (await _world.TicketAsync(change.TicketId)).Version);

        await _world.RunAsync(_world.AlexSignedIn, w => w.ReplyAsync(new ReplyToTicket(_ticketId, 0, "On it.", false)));

        Assert.Equal(1, versionSeenBySubscriber);
    }
}
