using HelpdeskDashboard.Features.Tickets.Workflow;
using HelpdeskDashboard.Tests.Features.Tickets.Support;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Tests.Features.Tickets.Mail;

public sealed class AssignmentMailTests : IAsyncLifetime
{
    private TicketTestWorld _world = null!;

    public async ValueTask InitializeAsync() => _world = await TicketTestWorld.CreateAsync();

    public ValueTask DisposeAsync() => _world.DisposeAsync();

    [Fact]
    public async Task A_ticket_given_by_a_manager_is_mailed_to_the_new_assignee_in_their_zone()
    {
        var id = await _world.OpenTicketAsync(_world.Gold, "Label printer jams");

        var result = await _world.RunAsync(_world.MorganSignedIn, w => w.AssignAsync(new AssignTicket(id, 0, _world.Jonas.Id), TestContext.Current.CancellationToken));

        Assert.True(result.Succeeded);
        var mail = Assert.Single(await OutboxAsync());
        Assert.Equal((_world.Jonas.Email, $"[#{id}] Assigned to you: Label printer jams"), (mail.To, mail.Subject));
        Assert.Contains($"assigned ticket #{id} to you.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Customer: ", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Taking_a_ticket_yourself_mails_nobody()
    {
        var id = await _world.OpenTicketAsync(_world.Gold, "Label printer jams");

        var result = await _world.RunAsync(_world.AlexSignedIn, w => w.AssignAsync(new AssignTicket(id, 0, _world.Alex.Id), TestContext.Current.CancellationToken));

        Assert.True(result.Succeeded);
        Assert.Empty(await OutboxAsync());
    }

    private async Task<List<HelpdeskDashboard.Features.Notifications.OutboxMessage>> OutboxAsync()
    {
        await using var db = _world.Database.CreateDbContext();
        return await db.OutboxMessages.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
    }
}
