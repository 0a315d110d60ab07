using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.Details;
using HelpdeskDashboard.Features.Tickets.Workflow;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Tests.Features.Tickets.Support;

namespace HelpdeskDashboard.Tests.Features.Tickets.Details;

/// <summary>A Gold ticket with a reply, an internal note and a follow-up from the customer.</summary>
public sealed class TicketDetailsQueryTests : IAsyncLifetime
{
    private TicketTestWorld _world = null!;
    private int _ticketId;

    public async ValueTask InitializeAsync()
    {
        _world = await TicketTestWorld.CreateAsync();
        _ticketId = await _world.OpenTicketAsync(_world.Gold, "Recipe download fails", assignee: _world.Alex); // Wed 10:00
        await Step(TimeSpan.FromHours(1), _world.AlexSignedIn, w => w.ReplyAsync(new ReplyToTicket(_ticketId, 0, "Which recipe?", false)));
        await Step(TimeSpan.FromMinutes(5), _world.AlexSignedIn, w => w.ReplyAsync(new ReplyToTicket(_ticketId, 1, "Customer sounds stressed.", true)));
        await Step(TimeSpan.FromHours(2), _world.GoldPersonSignedIn, w => w.PostCustomerMessageAsync(new PostCustomerMessage(_ticketId, 2, "Recipe 12.")));
        _world.Time.Advance(TimeSpan.FromMinutes(61));
    }

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Agent_sees_the_whole_conversation_and_both_clocks()
    {
        var details = await GetAsync(_world.AlexSignedIn);

        Assert.NotNull(details);
        Assert.Equal(
        [
            (MessageAuthorKind.Customer, "Anna Bauer", false),
            (MessageAuthorKind.Agent, "Alex Agent", false),
            (MessageAuthorKind.Agent, "Alex Agent", true),
            (MessageAuthorKind.Customer, "Anna Bauer", false),
        ], details.Messages.Select(m => (m.AuthorKind, m.AuthorName, m.IsInternalNote)));
        Assert.Equal(
            (3, "Recipe download fails", TicketStatus.Open, "Kessler Steuerungsbau GmbH", Tier.Gold, "Alex Agent", TicketTestWorld.Start, true),
            (details.Version, details.Subject, details.Status, details.CustomerName, details.Tier, details.AssigneeName, details.Created, details.AwaitingResponse));

        // The reply stopped the first clock after 1 h; the follow-up started a second one 61 minutes ago.
        Assert.Equal([SlaState.Met, SlaState.Running], details.Timeline.Cycles.Select(c => c.Reading.State));
        Assert.Equal((SlaState.Running, TimeSpan.FromMinutes(61)), (details.Sla.State, details.Sla.Elapsed));
    }

    [Fact]
    public async Task Customer_sees_its_own_ticket_without_internal_notes()
    {
        var details = await GetAsync(_world.GoldPersonSignedIn);

        Assert.NotNull(details);
        Assert.DoesNotContain(details.Messages, m => m.IsInternalNote);
        Assert.DoesNotContain(details.Messages, m => m.Body.Contains("stressed", StringComparison.Ordinal));
        Assert.Equal(3, details.Messages.Count);
        Assert.Equal(SlaState.Running, details.Sla.State);
    }

    [Theory]
    [InlineData("Ben")]
    [InlineData("nobody")]
    public async Task Anyone_else_cannot_read_the_ticket_which_looks_missing(string who)
    {
        Assert.Null(await GetAsync(_world.SignedIn(who)));
    }

    [Fact]
    public async Task Missing_ticket_is_null()
    {
        await using var session = _world.As(_world.AlexSignedIn);

        Assert.Null(await session.Details.GetAsync(_ticketId + 100, TestContext.Current.CancellationToken));
    }

    private async Task<TicketDetails?> GetAsync(System.Security.Claims.ClaimsPrincipal who)
    {
        await using var session = _world.As(who);
        return await session.Details.GetAsync(_ticketId, TestContext.Current.CancellationToken);
    }

    private async Task Step(TimeSpan after, System.Security.Claims.ClaimsPrincipal who, Func<ITicketWorkflow, Task<CommandResult<int>>> command)
    {
        _world.Time.Advance(after);
        var result = await _world.RunAsync(who, command);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
    }
}
