using System.Security.Claims;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.Workflow;
using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Tests.Features.Tickets.Support;

namespace HelpdeskDashboard.Tests.Features.Tickets.Workflow;

/// <summary>Two agents on one ticket: the second change based on an old copy is refused and nothing of it is written.</summary>
public sealed class TicketWorkflowConcurrencyTests : IAsyncLifetime
{
    private TicketTestWorld _world = null!;
    private int _ticketId;

    public async ValueTask InitializeAsync()
    {
        _world = await TicketTestWorld.CreateAsync();
        _ticketId = await _world.OpenTicketAsync(_world.Gold, "Drive faults on axis 3", assignee: _world.Jonas);
        _world.Time.Advance(TimeSpan.FromMinutes(30));
    }

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Stale_expected_version_is_a_conflict_that_says_what_changed_and_writes_nothing()
    {
        await _world.RunAsync(_world.JonasSignedIn, w => w.ReplyAsync(new ReplyToTicket(_ticketId, 0, "Checking the encoder cable.", false)));
        var before = await _world.StateAsync();
        _world.Published.Clear();

        var result = await _world.RunAsync(_world.AlexSignedIn, w => w.ReplyAsync(new ReplyToTicket(_ticketId, 0, "Is the brake released?", false)));

        Assert.Equal(CommandOutcome.Conflict, result.Outcome);
        Assert.Equal(default, result.Value); // a refusal hands out no version
        var message = Assert.Single(result.Errors);
        Assert.Contains("you had version 0, it is at version 1", message, StringComparison.Ordinal);
        Assert.Contains("It is now Open and assigned to Jonas Weber", message, StringComparison.Ordinal);
        Assert.Contains("a reply by Jonas Weber at Wed 13 May 2026, 10:30", message, StringComparison.Ordinal);
        Assert.Equal(before, await _world.StateAsync());
        Assert.Empty(_world.Published);
    }

    [Fact]
    public async Task Change_saved_between_load_and_save_wins_and_the_later_save_is_a_conflict()
    {
        // Jonas's status change commits after Alex's command read version 0 and before Alex's save.
        CommandResult<int>? jonas = null;
        _world.Database.BeforeNextSave(async () =>
            jonas = await _world.RunAsync(_world.JonasSignedIn, w => w.ChangeStatusAsync(new ChangeTicketStatus(_ticketId, 0, TicketStatus.OnHold))));

        var alex = await _world.RunAsync(_world.AlexSignedIn, w => w.ReplyAsync(new ReplyToTicket(_ticketId, 0, "Is the brake released?", false)));

        Assert.Equal(CommandOutcome.Succeeded, jonas?.Outcome);
        Assert.Equal(CommandOutcome.Conflict, alex.Outcome);
        Assert.Contains("It is now On hold and assigned to Jonas Weber; the latest change was the status set to On hold by Jonas Weber", alex.Errors[0], StringComparison.Ordinal);
        var ticket = await _world.TicketAsync(_ticketId);
        Assert.Equal((TicketStatus.OnHold, 1), (ticket.Status, ticket.Version));
        Assert.Single(ticket.Messages); // only the customer's opening message: Alex's reply was rolled back
        Assert.Equal([new TicketChanged(_ticketId, TicketChangeKind.StatusChanged, [_world.Jonas.Id])], _world.Published, TicketChangedComparer.Instance);
    }

    [Fact]
    public async Task A_mail_whose_save_loses_the_race_to_a_colleagues_change_is_added_on_top_of_it()
    {
        // Jonas's status change commits after the mail's command loaded the ticket and before it saved.
        CommandResult<int>? jonas = null;
        _world.Database.BeforeNextSave(async () =>
            jonas = await _world.RunAsync(_world.JonasSignedIn, w => w.ChangeStatusAsync(new ChangeTicketStatus(_ticketId, 0, TicketStatus.OnHold))));

        var mail = await _world.RunAsync(new ClaimsPrincipal(), w => w.ReceiveCustomerMailAsync(
            new ReceiveCustomerMail(_ticketId, _world.GoldPerson.Id, "Still failing after the restart.", []), TestContext.Current.CancellationToken));

        Assert.Equal(CommandOutcome.Succeeded, jonas?.Outcome);
        Assert.Equal(CommandOutcome.Succeeded, mail.Outcome);
        var ticket = await _world.TicketAsync(_ticketId);
        Assert.Equal((TicketStatus.OnHold, 2), (ticket.Status, ticket.Version)); // on hold stays on hold
        Assert.Equal(mail.Value, ticket.Messages.Single(m => m.ViaEmail).Id);
    }

    [Fact]
    public async Task Two_agents_replying_at_the_same_time_to_the_same_version_exactly_one_wins()
    {
        for (var round = 0; round < 5; round++)
        {
            var version = (await _world.TicketAsync(_ticketId)).Version;
            var messagesBefore = (await _world.StateAsync()).Messages;

            var results = await Task.WhenAll(
                Task.Run(() => _world.RunAsync(_world.AlexSignedIn, w => w.ReplyAsync(new ReplyToTicket(_ticketId, version, "From Alex", true)))),
                Task.Run(() => _world.RunAsync(_world.JonasSignedIn, w => w.ReplyAsync(new ReplyToTicket(_ticketId, version, "From Jonas", true)))));

            Assert.Equal(
                [CommandOutcome.Succeeded, CommandOutcome.Conflict],
                results.Select(r => r.Outcome).Order());
            Assert.Equal(messagesBefore + 1, (await _world.StateAsync()).Messages);
            Assert.Equal(version + 1, (await _world.TicketAsync(_ticketId)).Version);
        }

        Assert.Equal(5, _world.Published.Count);
    }
}
