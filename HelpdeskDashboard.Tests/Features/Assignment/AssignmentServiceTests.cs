using HelpdeskDashboard.Features.Assignment;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Tests.Features.Assignment.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Tests.Features.Assignment;

public sealed class AssignmentServiceTests : IAsyncLifetime
{
    private AssignmentTestWorld _world = null!;

    public async ValueTask InitializeAsync() => _world = await AssignmentTestWorld.CreateAsync();

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Manager_assigns_an_unassigned_ticket_and_the_audit_log_says_who_when_from_to_and_why()
    {
        var ticket = await _world.Tickets.OpenTicketAsync(_world.Tickets.Gold, "Spindle overheats");
        _world.Tickets.Time.Advance(TimeSpan.FromMinutes(5));

        var result = await _world.AsManagerAsync(s => s.AssignAsync(new AssignOne(ticket, 0, _world.Tickets.Jonas.Id, "  Knows the spindle drives ")));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        Assert.Equal(_world.Tickets.Jonas.Id, await _world.AssigneeOfAsync(ticket));
        var entry = Assert.Single(await _world.AuditAsync());
        Assert.Equal(
            ("manager@demo.local", "TicketAssigned", null, $"#{_world.Tickets.Jonas.Id} Jonas Weber", "Knows the spindle drives", _world.Tickets.Time.GetUtcNow().UtcTicks),
            (entry.Actor, entry.Action, entry.OldValue, entry.NewValue, entry.Reason, entry.AtUtcTicks));
    }

    [Fact]
    public async Task Reassignment_tells_both_agents_and_updates_both_boards()
    {
        var ticket = await _world.Tickets.OpenTicketAsync(_world.Tickets.Gold, "Spindle overheats", assignee: _world.Tickets.Alex);

        var result = await _world.AsManagerAsync(s => s.AssignAsync(new AssignOne(ticket, 0, _world.Tickets.Jonas.Id)));

        Assert.True(result.Succeeded);
        var change = Assert.Single(_world.Published);
        Assert.Equal((ticket, TicketChangeKind.Assigned), (change.TicketId, change.Kind));
        Assert.Equal([_world.Tickets.Alex.Id, _world.Tickets.Jonas.Id], change.AgentIds!.Order());
        Assert.Equal($"Ticket #{ticket} was assigned to you by manager@demo.local.", Assert.Single(await _world.Notifications.ForAsync(_world.Tickets.Jonas.Id, TestContext.Current.CancellationToken)).Text);
        Assert.Equal(1, (await _world.Notifications.ForAsync(_world.Tickets.Alex.Id, TestContext.Current.CancellationToken)).Count(n => !n.IsRead));
        Assert.Empty(await _world.Notifications.ForAsync(_world.Tickets.Morgan.Id, TestContext.Current.CancellationToken)); // the manager did it and needs no notice
    }

    [Fact]
    public async Task An_agent_cannot_reassign_even_by_calling_the_service_and_nothing_is_written()
    {
        var ticket = await _world.Tickets.OpenTicketAsync(_world.Tickets.Gold, "Spindle overheats", assignee: _world.Tickets.Jonas);
        var before = await _world.Tickets.StateAsync();

        var results = await _world.AsAsync(_world.Tickets.AlexSignedIn, async sp =>
        {
            var service = sp.GetRequiredService<IAssignmentService>();
            return new[]
            {
                await service.AssignAsync(new AssignOne(ticket, 0, _world.Tickets.Alex.Id)),
                CommandResult<int>.Denied(string.Join(" ", (await service.AssignManyAsync(new AssignMany([new(ticket, 0)], _world.Tickets.Alex.Id))).Errors)),
                CommandResult<int>.Denied(string.Join(" ", (await service.MoveQueueAsync(new MoveAgentQueue(_world.Tickets.Jonas.Id, _world.Tickets.Alex.Id))).Errors)),
            };
        });

        Assert.All(results, r => Assert.Equal((CommandOutcome.Forbidden, "Only a manager can assign or reassign tickets."), (r.Outcome, r.Errors[0])));
        Assert.Equal(before, await _world.Tickets.StateAsync());
        Assert.Empty(_world.Published);
    }

    public static TheoryData<string, Func<Cast, object>, string> InvalidCommands() => new()
    {
        { "unknown ticket", c => new AssignOne(99999, 0, c.Jonas), "There is no ticket #99999." },
        { "unknown agent", c => new AssignOne(c.Ticket, 0, 424242), "There is no agent #424242." },
        { "no agent chosen", c => new AssignOne(c.Ticket, 0, 0), "Choose the agent who should get the ticket." },
        { "inactive agent", c => new AssignOne(c.Ticket, 0, c.Tobias), "Tobias Richter is inactive and cannot receive tickets." },
        { "reason of 501 characters", c => new AssignOne(c.Ticket, 0, c.Jonas, new string('x', 501)), "The reason can be at most 500 characters; it has 501." },
        { "empty selection", c => new AssignMany([], c.Jonas), "Select at least one ticket to reassign." },
        { "a ticket selected twice", c => new AssignMany([new(c.Ticket, 0), new(c.Ticket, 0)], c.Jonas), "A ticket is selected twice." },
        { "unknown ticket in a selection", c => new AssignMany([new(c.Ticket, 0), new(77777, 0)], c.Jonas), "There is no ticket #77777." },
        { "bulk to an inactive agent", c => new AssignMany([new(c.Ticket, 0)], c.Tobias), "Tobias Richter is inactive and cannot receive tickets." },
        { "moving a queue to the same agent", c => new MoveAgentQueue(c.Alex, c.Alex), "Choose a different agent to move the tickets to." },
        { "moving the queue of an unknown agent", c => new MoveAgentQueue(5555, c.Jonas), "There is no agent #5555 whose tickets could be moved." },
        { "moving a queue with a long reason", c => new MoveAgentQueue(c.Alex, c.Jonas, new string('x', 600)), "The reason can be at most 500 characters; it has 600." },
    };

    [Theory]
    [MemberData(nameof(InvalidCommands))]
    public async Task Invalid_command_is_refused_with_a_clear_message_and_nothing_is_written(string label, Func<Cast, object> command, string message)
    {
        _ = label;
        var ticket = await _world.Tickets.OpenTicketAsync(_world.Tickets.Gold, "Spindle overheats", assignee: _world.Tickets.Alex);
        var before = await _world.Tickets.StateAsync();

        var (outcome, errors) = await _world.AsManagerAsync<(CommandOutcome, IReadOnlyList<string>)>(async s => command(new Cast(ticket, _world.Tickets.Alex.Id, _world.Tickets.Jonas.Id, _world.Tickets.Tobias.Id)) switch
        {
            AssignOne one => await s.AssignAsync(one) is var r ? (r.Outcome, r.Errors) : default,
            AssignMany many => await s.AssignManyAsync(many) is var r ? (r.Outcome, r.Errors) : default,
            MoveAgentQueue move => await s.MoveQueueAsync(move) is var r ? (r.Outcome, r.Errors) : default,
            _ => throw new InvalidOperationException(),
        });

        Assert.Equal(CommandOutcome.Invalid, outcome);
        Assert.Equal([message], errors);
        Assert.Equal(before, await _world.Tickets.StateAsync());
        Assert.Empty(_world.Published);
    }

    [Fact]
    public async Task Bulk_reassignment_moves_each_ticket_on_its_own_and_reports_the_skipped_ones_and_why()
    {
        var first = await _world.Tickets.OpenTicketAsync(_world.Tickets.Gold, "One", assignee: _world.Tickets.Alex);
        var changedMeanwhile = await _world.Tickets.OpenTicketAsync(_world.Tickets.Gold, "Two", assignee: _world.Tickets.Alex);
        var alreadyJonas = await _world.Tickets.OpenTicketAsync(_world.Tickets.Gold, "Three", assignee: _world.Tickets.Jonas);
        // Another manager moved ticket two to Morgan after this manager's page read version 0.
        Assert.True((await _world.AsManagerAsync(s => s.AssignAsync(new AssignOne(changedMeanwhile, 0, _world.Tickets.Morgan.Id)))).Succeeded);
        _world.Published.Clear();

        var result = await _world.AsManagerAsync(s => s.AssignManyAsync(
            new AssignMany([new(first, 0), new(changedMeanwhile, 0), new(alreadyJonas, 0)], _world.Tickets.Jonas.Id, "Alex is on leave")));

        Assert.Equal(CommandOutcome.Succeeded, result.Outcome);
        Assert.Equal([first], result.Moved);
        Assert.Equal([changedMeanwhile, alreadyJonas], result.Skipped.Select(s => s.TicketId));
        Assert.Contains("It is now New and assigned to Morgan Manager", result.Skipped[0].Why, StringComparison.Ordinal);
        Assert.Equal("The ticket is already assigned to Jonas Weber.", result.Skipped[1].Why);
        Assert.Equal(
            [_world.Tickets.Jonas.Id, _world.Tickets.Morgan.Id, _world.Tickets.Jonas.Id],
            [await _world.AssigneeOfAsync(first), await _world.AssigneeOfAsync(changedMeanwhile), await _world.AssigneeOfAsync(alreadyJonas)]);
        Assert.Equal([first], _world.Published.Select(p => p.TicketId));
    }

    [Fact]
    public async Task Moving_an_agents_queue_moves_only_their_open_tickets()
    {
        var open = await _world.Tickets.OpenTicketAsync(_world.Tickets.Gold, "Open", assignee: _world.Tickets.Alex);
        var onHold = await _world.Tickets.OpenTicketAsync(_world.Tickets.Platinum, "On hold", assignee: _world.Tickets.Alex);
        var resolved = await _world.Tickets.OpenTicketAsync(_world.Tickets.Gold, "Resolved", assignee: _world.Tickets.Alex);
        var jonas = await _world.Tickets.OpenTicketAsync(_world.Tickets.Gold, "Jonas's", assignee: _world.Tickets.Jonas);
        await _world.SetStatusDirectlyAsync(onHold, TicketStatus.OnHold);
        await _world.SetStatusDirectlyAsync(resolved, TicketStatus.Resolved);

        var result = await _world.AsManagerAsync(s => s.MoveQueueAsync(new MoveAgentQueue(_world.Tickets.Alex.Id, _world.Tickets.Jonas.Id, "Holiday")));

        Assert.Equal([open, onHold], result.Moved);
        Assert.Empty(result.Skipped);
        Assert.Equal(_world.Tickets.Alex.Id, await _world.AssigneeOfAsync(resolved));
        Assert.Equal(_world.Tickets.Jonas.Id, await _world.AssigneeOfAsync(jonas));
        Assert.All(await _world.AuditAsync(), e => Assert.Equal(("TicketReassigned", "Holiday"), (e.Action, e.Reason)));
        Assert.Equal(2, (await _world.Notifications.ForAsync(_world.Tickets.Jonas.Id, TestContext.Current.CancellationToken)).Count(n => !n.IsRead));
    }

    [Fact]
    public async Task Moving_an_empty_queue_says_so()
    {
        var result = await _world.AsManagerAsync(s => s.MoveQueueAsync(new MoveAgentQueue(_world.Tickets.Alex.Id, _world.Tickets.Jonas.Id)));

        Assert.Equal((CommandOutcome.Invalid, "The agent has no open tickets to move."), (result.Outcome, result.Errors[0]));
    }

    [Fact]
    public async Task Suggested_assignee_is_the_active_agent_with_the_least_sla_load()
    {
        // Alex: two calm tickets (load 2). Jonas: one at-risk Platinum ticket (load 2, fewer open). Morgan: none.
        await _world.Tickets.OpenTicketAsync(_world.Tickets.Gold, "Calm 1", assignee: _world.Tickets.Alex);
        await _world.Tickets.OpenTicketAsync(_world.Tickets.Gold, "Calm 2", assignee: _world.Tickets.Alex);
        await _world.Tickets.OpenTicketAsync(_world.Tickets.Platinum, "Urgent", at: _world.Tickets.Time.GetUtcNow().AddHours(-20), assignee: _world.Tickets.Jonas);

        var options = await _world.AsManagerAsync(s => s.AssigneesAsync());
        var withoutMorgan = await _world.AsManagerAsync(s => s.AssigneesAsync(except: _world.Tickets.Morgan.Id));

        Assert.Equal(["Morgan Manager 0", "Jonas Weber 2", "Alex Agent 2"], options.Select(o => $"{o.DisplayName} {o.SlaLoad}"));
        Assert.Equal("Jonas Weber", withoutMorgan[0].DisplayName); // equal load: fewer open tickets first
        Assert.DoesNotContain(options, o => o.AgentId == _world.Tickets.Tobias.Id);
    }
}

/// <summary>The ids a table-driven case needs, known only once the world exists.</summary>
public sealed record Cast(int Ticket, int Alex, int Jonas, int Tobias);
