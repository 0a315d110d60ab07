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
