using HelpdeskDashboard.Features.Assignment;

namespace HelpdeskDashboard.Tests.Features.Assignment;

public sealed class AssignmentPlannerTests
{
    private static IReadOnlyList<TicketChoice> Tickets(int count) => [.. Enumerable.Range(1, count).Select(i => new TicketChoice(i, 0, $"Ticket {i}", 99))];

    public static TheoryData<string, int, (string Name, int Load)[], string[]> Cases => new()
    {
        { "one agent takes everything", 3, [("Alex", 5)], ["Alex", "Alex", "Alex"] },
        { "equal loads alternate in the given order", 4, [("Alex", 0), ("Jonas", 0)], ["Alex", "Jonas", "Alex", "Jonas"] },
        { "the lighter agent catches up first", 4, [("Alex", 0), ("Jonas", 2)], ["Alex", "Alex", "Alex", "Jonas"] },
        { "a breached-heavy queue gets nothing until the others reach it", 3, [("Alex", 1), ("Jonas", 9), ("Morgan", 2)], ["Alex", "Alex", "Morgan"] },
        { "no tickets, no moves", 0, [("Alex", 0)], [] },
        { "no agents, no moves", 2, [], [] },
    };

    [Fact]
    public void Twelve_tickets_of_an_overloaded_agent_spread_over_the_others_never_back_to_that_agent()
    {
        // Issue 14, point 10: the one-click suggestion offered the same agent for all 12 tickets.
        var options = new List<AssigneeOption> { new(1, "Priya", 52, 43), new(2, "Jonas", 6, 6), new(3, "Alex", 9, 8), new(4, "Morgan", 10, 9) };
        var tickets = Enumerable.Range(1, 12).Select(i => new TicketChoice(i, 0, $"Ticket {i}", 1)).ToList();

        var plan = AssignmentPlanner.Spread(tickets, options);

        Assert.Equal(12, plan.Count);
        Assert.DoesNotContain(plan, m => m.To.AgentId == 1);
        // Jonas (6) catches up to Alex (9) with three, then the three take turns as their loads meet.
        Assert.Equal(
            [("Alex", 3), ("Jonas", 7), ("Morgan", 2)],
            plan.GroupBy(m => m.To.DisplayName).Select(g => (g.Key, g.Count())).OrderBy(g => g.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void A_ticket_whose_assignee_is_the_only_agent_has_no_move()
    {
        var plan = AssignmentPlanner.Spread([new TicketChoice(1, 0, "Mine", 7)], [new AssigneeOption(7, "Alex", 0, 0)]);

        Assert.Empty(plan);
    }

    [Fact]
    public void Moves_out_of_a_queue_that_is_among_the_options_lighten_it()
    {
        // Alex (load 3) gives two tickets away: Jonas (2) takes the first, then Alex is at 2 and Jonas at 3 ...
        var options = new List<AssigneeOption> { new(1, "Alex", 3, 3), new(2, "Jonas", 2, 2), new(3, "Morgan", 3, 3) };
        var alexTickets = Enumerable.Range(1, 2).Select(i => new TicketChoice(i, 0, $"Alex's {i}", 1)).ToList();
        var morganTicket = new TicketChoice(3, 0, "Morgan's", 3);

        var plan = AssignmentPlanner.Spread([.. alexTickets, morganTicket], options);

        // ... so the second goes to Morgan (3, listed after Jonas at 3), and Morgan's own ticket to Alex, now the lightest (1).
        Assert.Equal(["Jonas", "Jonas", "Alex"], plan.Select(m => m.To.DisplayName));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tickets_spread_over_the_least_loaded_agents_counting_the_planned_ones(
        string label, int tickets, (string Name, int Load)[] agents, string[] expected)
    {
        var options = agents.Select((a, i) => new AssigneeOption(i + 1, a.Name, a.Load, 0)).ToList();

        var plan = AssignmentPlanner.Spread(Tickets(tickets), options);

        Assert.True(expected.SequenceEqual(plan.Select(m => m.To.DisplayName)), $"{label}: {string.Join(", ", plan.Select(m => m.To.DisplayName))}");
        Assert.Equal(plan.Select(m => m.Ticket.TicketId), Enumerable.Range(1, plan.Count));
    }
}
