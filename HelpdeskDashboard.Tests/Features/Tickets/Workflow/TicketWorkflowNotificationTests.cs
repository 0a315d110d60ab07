using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.Workflow;
using HelpdeskDashboard.Tests.Features.Tickets.Support;

namespace HelpdeskDashboard.Tests.Features.Tickets.Workflow;

/// <summary>Every successful command tells open pages once, naming the ticket and the agents concerned.</summary>
public sealed class TicketWorkflowNotificationTests : IAsyncLifetime
{
    private TicketTestWorld world = null!;
    private int ticketId;

    public async ValueTask InitializeAsync()
    {
        world = await TicketTestWorld.CreateAsync();
        ticketId = await world.OpenTicketAsync(world.Gold, "VPN to the line controller drops", assignee: world.Alex);
    }

    public async ValueTask DisposeAsync() => await world.DisposeAsync();

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
            "public reply" => await world.RunAsync(world.AlexSignedIn, w => w.ReplyAsync(new ReplyToTicket(ticketId, 0, "On it.", false))),
            "internal note" => await world.RunAsync(world.AlexSignedIn, w => w.ReplyAsync(new ReplyToTicket(ticketId, 0, "Firewall?", true))),
            "customer message" => await world.RunAsync(world.GoldPersonSignedIn, w => w.PostCustomerMessageAsync(new PostCustomerMessage(ticketId, 0, "Again"))),
            "status change" => await world.RunAsync(world.AlexSignedIn, w => w.ChangeStatusAsync(new ChangeTicketStatus(ticketId, 0, TicketStatus.OnHold))),
            _ => await world.RunAsync(world.MorganSignedIn, w => w.AssignAsync(new AssignTicket(ticketId, 0, world.Jonas.Id))),
        };

        Assert.True(result.Succeeded, $"{label}: {string.Join(" ", result.Errors)}");
        var agents = label switch
        {
            "reassignment" => new[] { world.Alex.Id, world.Jonas.Id }, // the old and the new assignee
            _ => [world.Alex.Id],
        };
        Assert.Equal([new TicketChanged(ticketId, kind, agents)], world.Published, TicketChangedComparer.Instance);
    }

    [Fact]
    public async Task Change_is_published_only_after_it_is_committed()
    {
        int? versionSeenBySubscriber = null;
        using var _ = world.Hub.Subscribe(async change => versionSeenBySubscriber = (await world.TicketAsync(change.TicketId)).Version);

        await world.RunAsync(world.AlexSignedIn, w => w.ReplyAsync(new ReplyToTicket(ticketId, 0, "On it.", false)));

        Assert.Equal(1, versionSeenBySubscriber);
    }
}
