using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets;

using static HelpdeskDashboard.Features.Sla.SlaClockEvent;

namespace HelpdeskDashboard.Tests.Features.Tickets;

public sealed class TicketSlaEventsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 5, 13, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Gold = TimeSpan.FromHours(72);

    public static TheoryData<string, object, SlaClockEvent?> SingleItems => new()
    {
        { "customer message", Message(MessageAuthorKind.Customer), new CustomerMessage(T0, Gold) },
        { "agent's public reply", Message(MessageAuthorKind.Agent), new AgentReply(T0) },
        { "agent's internal note", Message(MessageAuthorKind.Agent, internalNote: true), new InternalNote(T0) },
        { "system note", Message(MessageAuthorKind.System), null },
        { "to waiting on customer", Change(TicketStatus.WaitingOnCustomer), new StatusChanged(T0, SlaPauseReason.WaitingOnCustomer) },
        { "to on hold", Change(TicketStatus.OnHold), new StatusChanged(T0, SlaPauseReason.OnHold) },
        { "to open", Change(TicketStatus.Open), new StatusChanged(T0, null) },
        { "to new", Change(TicketStatus.New), new StatusChanged(T0, null) },
        { "to resolved", Change(TicketStatus.Resolved), new Resolved(T0) },
        { "to closed", Change(TicketStatus.Closed), new Resolved(T0) },
    };

    [Theory]
    [MemberData(nameof(SingleItems))]
    public void Maps_each_kind_of_history_item_to_its_clock_event(string label, object item, SlaClockEvent? expected)
    {
        var events = TicketSlaEvents.From(
            item is TicketMessage m ? [m] : [],
            item is TicketStatusChange c ? [c] : [],
            _ => Gold);

        Assert.True(expected is null ? events.Count == 0 : events.Count == 1 && Equals(events[0], expected), $"{label}: got {string.Join(", ", events)}");
    }

    [Fact]
    public void Customer_message_carries_the_target_that_applies_at_its_own_instant()
    {
        var asked = new List<DateTimeOffset>();
        var events = TicketSlaEvents.From(
            [Message(MessageAuthorKind.Customer, at: T0), Message(MessageAuthorKind.Customer, at: T0.AddDays(3), id: 2)],
            [],
            at =>
            {
                asked.Add(at);
                return at < T0.AddDays(1) ? Gold : null; // Gold first, Basic (no SLA) later
            });

        Assert.Equal([T0, T0.AddDays(3)], asked);
        Assert.Equal([new CustomerMessage(T0, Gold), new CustomerMessage(T0.AddDays(3), null)], events);
    }

    [Fact]
    public void Events_from_both_histories_come_out_in_time_order()
    {
        var events = TicketSlaEvents.From(
            [
                Message(MessageAuthorKind.Agent, at: T0.AddHours(3), id: 3),
                Message(MessageAuthorKind.Customer, at: T0, id: 1),
            ],
            [Change(TicketStatus.WaitingOnCustomer, at: T0.AddHours(4), id: 2), Change(TicketStatus.Open, at: T0.AddHours(1), id: 1)],
            _ => Gold);

        Assert.Equal(
        [
            new CustomerMessage(T0, Gold),
            new StatusChanged(T0.AddHours(1), null),
            new AgentReply(T0.AddHours(3)),
            new StatusChanged(T0.AddHours(4), SlaPauseReason.WaitingOnCustomer),
        ], events);
    }

    [Fact]
    public void On_the_same_instant_messages_come_before_status_changes_and_each_keeps_its_id_order()
    {
        // The workflow writes a message first and the status change it causes second.
        var events = TicketSlaEvents.From(
            [Message(MessageAuthorKind.Customer, at: T0, id: 9), Message(MessageAuthorKind.Agent, at: T0, id: 8)],
            [Change(TicketStatus.Open, at: T0, id: 5), Change(TicketStatus.WaitingOnCustomer, at: T0, id: 4)],
            _ => Gold);

        Assert.Equal(
        [
            new AgentReply(T0),
            new CustomerMessage(T0, Gold),
            new StatusChanged(T0, SlaPauseReason.WaitingOnCustomer),
            new StatusChanged(T0, null),
        ], events);
    }

    [Fact]
    public void Reply_and_waiting_on_customer_at_the_same_instant_stop_an_unpaused_clock_that_keeps_its_due_instant()
    {
        var engine = new SlaEngine(new BusinessCalendar(new BusinessCalendarOptions()), new SlaOptions());
        var repliedAt = T0.AddHours(5);
        var events = TicketSlaEvents.From(
            [Message(MessageAuthorKind.Customer, at: T0, id: 1), Message(MessageAuthorKind.Agent, at: repliedAt, id: 2)],
            [Change(TicketStatus.WaitingOnCustomer, at: repliedAt, id: 1)],
            _ => Gold);

        var reading = engine.Read(events, repliedAt.AddHours(1));

        Assert.Equal((SlaState.Met, SlaStopReason.AgentReply, (SlaPauseReason?)null), (reading.State, reading.StopReason, reading.PauseReason));
    }

    [Fact]
    public void Customer_answer_that_reopens_a_waiting_ticket_at_the_same_instant_resumes_the_clock()
    {
        var engine = new SlaEngine(new BusinessCalendar(new BusinessCalendarOptions()), new SlaOptions());
        var answeredAt = T0.AddHours(5);
        var events = TicketSlaEvents.From(
            [Message(MessageAuthorKind.Customer, at: T0, id: 1), Message(MessageAuthorKind.Customer, at: answeredAt, id: 2)],
            [Change(TicketStatus.WaitingOnCustomer, at: T0.AddHours(2), id: 1), Change(TicketStatus.Open, at: answeredAt, id: 2)],
            _ => Gold);

        var reading = engine.Read(events, answeredAt.AddHours(1));

        Assert.Equal(SlaState.Running, reading.State);
        Assert.Equal(TimeSpan.FromHours(3), reading.Elapsed);
    }

    private static TicketMessage Message(MessageAuthorKind kind, bool internalNote = false, DateTimeOffset? at = null, int id = 1) => new()
    {
        Id = id,
        AuthorKind = kind,
        IsInternalNote = internalNote,
        Body = "",
        CreatedUtcTicks = (at ?? T0).UtcTicks,
    };

    private static TicketStatusChange Change(TicketStatus to, DateTimeOffset? at = null, int id = 1) => new()
    {
        Id = id,
        ToStatus = to,
        AtUtcTicks = (at ?? T0).UtcTicks,
    };
}
