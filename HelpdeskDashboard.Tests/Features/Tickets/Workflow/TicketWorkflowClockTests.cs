using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.Workflow;
using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Tests.Features.Sla.Support;
using HelpdeskDashboard.Tests.Features.Tickets.Support;

namespace HelpdeskDashboard.Tests.Features.Tickets.Workflow;

/// <summary>What each command does to the response clock and the SLA columns the board reads.</summary>
public sealed class TicketWorkflowClockTests : IAsyncLifetime
{
    private static readonly TimeSpan Gold = TimeSpan.FromHours(72);
    private TicketTestWorld _world = null!;
    private int _ticketId;

    private static BusinessCalendar Calendar => TicketTestWorld.Calendar;

    public async ValueTask InitializeAsync()
    {
        _world = await TicketTestWorld.CreateAsync();
        _ticketId = await _world.OpenTicketAsync(_world.Gold, "PLC loses its program after power cut"); // Wed 10:00
    }

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Public_reply_stops_the_clock_and_the_ticket_no_longer_awaits_a_response()
    {
        _world.Time.Advance(TimeSpan.FromHours(2));

        var result = await _world.RunAsync(_world.AlexSignedIn, w => w.ReplyAsync(new ReplyToTicket(_ticketId, 0, "Which firmware version?", IsInternalNote: false)));

        Assert.Equal((CommandOutcome.Succeeded, 1), (result.Outcome, result.Value));
        var ticket = await _world.TicketAsync(_ticketId);
        Assert.False(ticket.AwaitingResponse);
        Assert.Equal(Now.UtcTicks, ticket.ResponseStoppedUtcTicks);
        Assert.Equal(SlaTestKit.Local("Mon 2026-05-18 10:00").UtcTicks, ticket.ResponseDueUtcTicks); // kept: met in time
        Assert.Null(ticket.ResponseAtRiskFromUtcTicks);
        Assert.Equal(Now.UtcTicks, ticket.UpdatedUtcTicks);
        Assert.Equal(TicketStatus.Open, ticket.Status);
        var change = Assert.Single(ticket.StatusChanges);
        Assert.Equal((TicketStatus.New, TicketStatus.Open, _world.Alex.Id), (change.FromStatus, change.ToStatus, change.ByAgentId));
        var reply = ticket.Messages[^1];
        Assert.Equal((MessageAuthorKind.Agent, _world.Alex.Id, false), (reply.AuthorKind, reply.AuthorAgentId, reply.IsInternalNote));
    }

    [Fact]
    public async Task Internal_note_leaves_the_clock_running_and_the_ticket_new()
    {
        _world.Time.Advance(TimeSpan.FromHours(2));

        var result = await _world.RunAsync(_world.AlexSignedIn, w => w.ReplyAsync(new ReplyToTicket(_ticketId, 0, "Probably the battery.", IsInternalNote: true)));

        Assert.True(result.Succeeded);
        var ticket = await _world.TicketAsync(_ticketId);
        Assert.True(ticket.AwaitingResponse);
        Assert.Null(ticket.ResponseStoppedUtcTicks);
        Assert.Equal(SlaTestKit.Local("Mon 2026-05-18 10:00").UtcTicks, ticket.ResponseDueUtcTicks);
        Assert.Equal(SlaTestKit.Local("Fri 2026-05-15 16:00").UtcTicks, ticket.ResponseAtRiskFromUtcTicks); // 18 h (25 %) before due
        Assert.Equal(TicketStatus.New, ticket.Status);
        Assert.Empty(ticket.StatusChanges);
        Assert.True(ticket.Messages[^1].IsInternalNote);
    }

    [Theory]
    [InlineData(TicketStatus.WaitingOnCustomer)]
    [InlineData(TicketStatus.OnHold)]
    public async Task Pausing_status_stops_the_countdown_and_the_due_instant_becomes_unknown(TicketStatus pausing)
    {
        _world.Time.Advance(TimeSpan.FromHours(2));

        var result = await _world.RunAsync(_world.AlexSignedIn, w => w.ChangeStatusAsync(new ChangeTicketStatus(_ticketId, 0, pausing)));

        Assert.True(result.Succeeded);
        var ticket = await _world.TicketAsync(_ticketId);
        Assert.Equal(pausing, ticket.Status);
        Assert.True(ticket.AwaitingResponse);
        Assert.Null(ticket.ResponseDueUtcTicks);
        Assert.Null(ticket.ResponseAtRiskFromUtcTicks);
        Assert.Equal(Gold.Ticks, ticket.ResponseTargetTicks);
    }

    [Fact]
    public async Task Customer_answer_reopens_a_waiting_ticket_and_the_clock_resumes_with_the_time_left()
    {
        _world.Time.Advance(TimeSpan.FromHours(2)); // Wed 12:00: 2 h used
        await _world.RunAsync(_world.AlexSignedIn, w => w.ChangeStatusAsync(new ChangeTicketStatus(_ticketId, 0, TicketStatus.WaitingOnCustomer)));
        _world.SetNow(SlaTestKit.Local("Thu 2026-05-14 09:00"));

        var result = await _world.RunAsync(_world.GoldPersonSignedIn, w => w.PostCustomerMessageAsync(new PostCustomerMessage(_ticketId, 1, "Firmware 4.2.")));

        Assert.Equal(CommandOutcome.Succeeded, result.Outcome);
        var ticket = await _world.TicketAsync(_ticketId);
        Assert.Equal(TicketStatus.Open, ticket.Status);
        var reopened = ticket.StatusChanges[^1];
        Assert.Equal((TicketStatus.WaitingOnCustomer, TicketStatus.Open, (int?)null), (reopened.FromStatus, reopened.ToStatus, reopened.ByAgentId));
        var due = Calendar.AddBusinessTime(Now, Gold - TimeSpan.FromHours(2));
        Assert.Equal(due.UtcTicks, ticket.ResponseDueUtcTicks);
        Assert.Equal(TicketTestWorld.Start.UtcTicks, ticket.ResponseClockStartedUtcTicks); // the same clock goes on
        Assert.NotNull(ticket.ResponseAtRiskFromUtcTicks);
        Assert.Equal((MessageAuthorKind.Customer, _world.GoldPerson.Id), (ticket.Messages[^1].AuthorKind, ticket.Messages[^1].AuthorCustomerUserId));
    }

    [Fact]
    public async Task Customer_message_after_a_reply_starts_a_new_clock_with_the_tier_target()
    {
        _world.Time.Advance(TimeSpan.FromHours(1));
        await _world.RunAsync(_world.AlexSignedIn, w => w.ReplyAsync(new ReplyToTicket(_ticketId, 0, "Try a reset.", false)));
        _world.Time.Advance(TimeSpan.FromHours(4));

        var result = await _world.RunAsync(_world.GoldPersonSignedIn, w => w.PostCustomerMessageAsync(new PostCustomerMessage(_ticketId, 1, "Did not help.")));

        Assert.True(result.Succeeded);
        var ticket = await _world.TicketAsync(_ticketId);
        Assert.True(ticket.AwaitingResponse);
        Assert.Equal(Now.UtcTicks, ticket.ResponseClockStartedUtcTicks);
        Assert.Null(ticket.ResponseStoppedUtcTicks);
        Assert.Equal(Calendar.AddBusinessTime(Now, Gold).UtcTicks, ticket.ResponseDueUtcTicks);
    }

    [Fact]
    public async Task Customer_message_while_the_clock_runs_does_not_restart_it()
    {
        var before = await _world.TicketAsync(_ticketId);
        _world.Time.Advance(TimeSpan.FromHours(5));

        var result = await _world.RunAsync(_world.GoldPersonSignedIn, w => w.PostCustomerMessageAsync(new PostCustomerMessage(_ticketId, 0, "Any news?")));

        Assert.True(result.Succeeded);
        var ticket = await _world.TicketAsync(_ticketId);
        Assert.Equal(before.ResponseClockStartedUtcTicks, ticket.ResponseClockStartedUtcTicks);
        Assert.Equal(before.ResponseDueUtcTicks, ticket.ResponseDueUtcTicks);
        Assert.Equal(TicketStatus.New, ticket.Status);
    }

    [Fact]
    public async Task Resolving_stops_the_clock()
    {
        _world.Time.Advance(TimeSpan.FromHours(3));

        await _world.RunAsync(_world.AlexSignedIn, w => w.ChangeStatusAsync(new ChangeTicketStatus(_ticketId, 0, TicketStatus.Resolved)));

        var ticket = await _world.TicketAsync(_ticketId);
        Assert.False(ticket.AwaitingResponse);
        Assert.Equal(Now.UtcTicks, ticket.ResponseStoppedUtcTicks);
        Assert.Null(ticket.ResponseAtRiskFromUtcTicks);
    }

    [Fact]
    public async Task Customer_answer_on_a_resolved_ticket_reopens_it_and_starts_a_new_clock()
    {
        _world.Time.Advance(TimeSpan.FromHours(3));
        await _world.RunAsync(_world.AlexSignedIn, w => w.ChangeStatusAsync(new ChangeTicketStatus(_ticketId, 0, TicketStatus.Resolved)));
        _world.Time.Advance(TimeSpan.FromHours(3));

        await _world.RunAsync(_world.GoldPersonSignedIn, w => w.PostCustomerMessageAsync(new PostCustomerMessage(_ticketId, 1, "It happened again.")));

        var ticket = await _world.TicketAsync(_ticketId);
        Assert.Equal(TicketStatus.Open, ticket.Status);
        Assert.True(ticket.AwaitingResponse);
        Assert.Equal(Now.UtcTicks, ticket.ResponseClockStartedUtcTicks);
    }

    private DateTimeOffset Now => _world.Time.GetUtcNow();
}
