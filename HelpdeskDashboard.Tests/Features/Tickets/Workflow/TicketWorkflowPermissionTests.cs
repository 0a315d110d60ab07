using System.Globalization;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.Workflow;
using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Tests.Features.Tickets.Support;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Tests.Features.Tickets.Workflow;

/// <summary>Who may change which ticket; a refusal writes nothing and publishes nothing.</summary>
public sealed class TicketWorkflowPermissionTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 5, 13);
    private TicketTestWorld _world = null!;
    private int _goldTicket;

    public async ValueTask InitializeAsync()
    {
        _world = await TicketTestWorld.CreateAsync();
        _goldTicket = await _world.OpenTicketAsync(_world.Gold, "Barcode scanner drops reads");
    }

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Customer_writes_on_its_own_ticket()
    {
        var result = await _world.RunAsync(_world.GoldPersonSignedIn, w => w.PostCustomerMessageAsync(new PostCustomerMessage(_goldTicket, 0, "Photo attached.")));

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task Customer_cannot_touch_another_customers_ticket_which_looks_missing()
    {
        var before = await _world.StateAsync();

        var result = await _world.RunAsync(_world.OtherGoldPersonSignedIn, w => w.PostCustomerMessageAsync(new PostCustomerMessage(_goldTicket, 0, "Hi")));

        Assert.Equal(TicketCommandResults.Missing().Errors, result.Errors);
        Assert.Equal(CommandOutcome.NotFound, result.Outcome);
        Assert.Equal(before, await _world.StateAsync());
        Assert.Empty(_world.Published);
    }

    public static TheoryData<string, string, string> SupportOnlyCommands => new()
    {
        { "customer replies as support", "Anna", "reply" },
        { "customer changes the status", "Anna", "status" },
        { "customer assigns the ticket", "Anna", "assign" },
        { "nobody signed in replies", "nobody", "reply" },
    };

    [Theory]
    [MemberData(nameof(SupportOnlyCommands))]
    public async Task Only_the_support_team_replies_changes_status_and_assigns(string label, string who, string command)
    {
        var before = await _world.StateAsync();

        var result = await _world.RunAsync(_world.SignedIn(who), w => command switch
        {
            "reply" => w.ReplyAsync(new ReplyToTicket(_goldTicket, 0, "Hello", false)),
            "status" => w.ChangeStatusAsync(new ChangeTicketStatus(_goldTicket, 0, TicketStatus.Resolved)),
            _ => w.AssignAsync(new AssignTicket(_goldTicket, 0, _world.Alex.Id)),
        });

        Assert.True(result.Outcome == CommandOutcome.Forbidden, label);
        Assert.Equal(["Only the support team can do this."], result.Errors);
        Assert.Equal(before, await _world.StateAsync());
        Assert.Empty(_world.Published);
    }

    [Fact]
    public async Task Agent_cannot_write_as_the_customer()
    {
        var result = await _world.RunAsync(_world.AlexSignedIn, w => w.PostCustomerMessageAsync(new PostCustomerMessage(_goldTicket, 0, "Hi")));

        Assert.Equal(CommandOutcome.Forbidden, result.Outcome);
    }

    public static TheoryData<string, string, string?, string?, CommandOutcome> Assignments => new()
    {
        { "agent takes an unassigned ticket", "Alex", null, "Alex", CommandOutcome.Succeeded },
        { "agent gives an unassigned ticket to a colleague", "Alex", null, "Jonas", CommandOutcome.Forbidden },
        { "agent takes over a colleague's ticket", "Alex", "Jonas", "Alex", CommandOutcome.Forbidden },
        { "agent unassigns their own ticket", "Alex", "Alex", null, CommandOutcome.Forbidden },
        { "manager assigns an unassigned ticket to an agent", "Morgan", null, "Jonas", CommandOutcome.Succeeded },
        { "manager reassigns", "Morgan", "Alex", "Jonas", CommandOutcome.Succeeded },
        { "manager unassigns", "Morgan", "Alex", null, CommandOutcome.Succeeded },
        { "manager assigns to an inactive agent", "Morgan", null, "Tobias", CommandOutcome.Invalid },
        { "manager assigns to the current assignee", "Morgan", "Jonas", "Jonas", CommandOutcome.Invalid },
    };

    [Theory]
    [MemberData(nameof(Assignments))]
    public async Task Agents_take_unassigned_tickets_everything_else_is_a_managers_job(
        string label, string who, string? assignedTo, string? assignTo, CommandOutcome expected)
    {
        var ticketId = await _world.OpenTicketAsync(_world.Platinum, label, assignee: assignedTo is null ? null : _world.AgentNamed(assignedTo));
        var before = await _world.StateAsync();

        var result = await _world.RunAsync(_world.SignedIn(who), w => w.AssignAsync(new AssignTicket(ticketId, 0, assignTo is null ? null : _world.AgentNamed(assignTo).Id)));

        Assert.True(expected == result.Outcome, $"{label}: {result.Outcome} {string.Join(" ", result.Errors)}");
        var assignee = (await _world.TicketAsync(ticketId)).AssigneeAgentId;
        if (expected == CommandOutcome.Succeeded)
        {
            Assert.Equal(assignTo is null ? null : _world.AgentNamed(assignTo).Id, assignee);
        }
        else
        {
            Assert.Equal(before, await _world.StateAsync());
            Assert.Empty(_world.Published);
        }
    }

    [Fact]
    public async Task Inactive_agent_cannot_receive_a_ticket_and_the_manager_is_told_why()
    {
        var result = await _world.RunAsync(_world.MorganSignedIn, w => w.AssignAsync(new AssignTicket(_goldTicket, 0, _world.Tobias.Id)));

        Assert.Equal(["Tobias Richter is no longer active and cannot receive tickets."], result.Errors);
    }

    [Fact]
    public async Task Agent_is_told_that_assigning_to_others_is_for_managers()
    {
        var result = await _world.RunAsync(_world.AlexSignedIn, w => w.AssignAsync(new AssignTicket(_goldTicket, 0, _world.Jonas.Id)));

        Assert.Equal(CommandOutcome.Forbidden, result.Outcome);
        Assert.Contains("Only a manager can assign a ticket to someone else", result.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_assignment_change_is_audited_with_actor_old_and_new_assignee_and_reason()
    {
        var take = await _world.RunAsync(_world.AlexSignedIn, w => w.AssignAsync(new AssignTicket(_goldTicket, 0, _world.Alex.Id)));
        _world.Time.Advance(TimeSpan.FromMinutes(10));
        var reassign = await _world.RunAsync(_world.MorganSignedIn, w => w.AssignAsync(new AssignTicket(_goldTicket, 1, _world.Jonas.Id, "  Alex is on holiday ")));
        _world.Time.Advance(TimeSpan.FromMinutes(10));
        var unassign = await _world.RunAsync(_world.MorganSignedIn, w => w.AssignAsync(new AssignTicket(_goldTicket, 2, null)));

        Assert.True(take.Succeeded && reassign.Succeeded && unassign.Succeeded);
        await using var db = _world.Database.CreateDbContext();
        var entries = await db.AuditEntries.OrderBy(e => e.Id)
            .Select(e => new { e.AtUtcTicks, e.Actor, e.Action, e.EntityType, e.EntityId, e.OldValue, e.NewValue, e.Reason })
            .ToListAsync(TestContext.Current.CancellationToken);
        var id = _goldTicket.ToString(CultureInfo.InvariantCulture);
        var start = TicketTestWorld.Start;
        Assert.Equal(
        [
            new { AtUtcTicks = start.UtcTicks, Actor = "agent@demo.local", Action = "TicketAssigned", EntityType = "Ticket", EntityId = id,
                OldValue = (string?)null, NewValue = (string?)$"#{_world.Alex.Id} Alex Agent", Reason = (string?)null },
            new { AtUtcTicks = start.AddMinutes(10).UtcTicks, Actor = "manager@demo.local", Action = "TicketReassigned", EntityType = "Ticket", EntityId = id,
                OldValue = (string?)$"#{_world.Alex.Id} Alex Agent", NewValue = (string?)$"#{_world.Jonas.Id} Jonas Weber", Reason = (string?)"Alex is on holiday" },
            new { AtUtcTicks = start.AddMinutes(20).UtcTicks, Actor = "manager@demo.local", Action = "TicketUnassigned", EntityType = "Ticket", EntityId = id,
                OldValue = (string?)$"#{_world.Jonas.Id} Jonas Weber", NewValue = (string?)null, Reason = (string?)null },
        ], entries);
    }
}
