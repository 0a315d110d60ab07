using HelpdeskDashboard.Features.Assignment;

namespace HelpdeskDashboard.Tests.Features.Assignment;

public sealed class WorkloadBalanceTests
{
    private static AgentWorkload Agent(string name, int load, bool active = true) =>
        new(name.Length, name, active, load, 0, 0, null, TimeSpan.Zero, 0, load);

    public static TheoryData<string, int[], double, bool[]> Teams => new()
    {
        // Issue 14, point 10: one agent at 52 against 6–21 (the demo team: median 13).
        { "one queue far above the rest", [52, 6, 13, 21, 13], 26, [true, false, false, false, false] },
        { "a calm team: 4 is not 5 above a median of 2", [2, 2, 4], 7, [false, false, false] },
        { "an even team", [10, 10, 10, 10], 20, [false, false, false, false] },
        { "an idle team: 5 points is enough", [0, 0, 5], 5, [false, false, true] },
        { "two heavy queues", [30, 30, 8, 8, 9], 18, [true, true, false, false, false] },
    };

    [Theory]
    [MemberData(nameof(Teams))]
    public void An_agent_is_overloaded_at_twice_the_median_and_five_points_above_it(string label, int[] loads, double threshold, bool[] overloaded)
    {
        var agents = loads.Select((load, i) => Agent(new string('a', i + 1), load)).ToList();

        var bar = WorkloadBalance.Threshold(agents);

        Assert.Equal(threshold, bar);
        Assert.True(overloaded.SequenceEqual(agents.Select(a => WorkloadBalance.IsOverloaded(a, bar))), label);
    }

    [Fact]
    public void Inactive_agents_neither_count_towards_the_median_nor_are_flagged()
    {
        var agents = new List<AgentWorkload> { Agent("a", 4), Agent("bb", 4), Agent("ccc", 40, active: false) };

        var bar = WorkloadBalance.Threshold(agents);

        Assert.Equal(9, bar); // median 4: 8, but at least 5 above it
        Assert.False(WorkloadBalance.IsOverloaded(agents[2], bar));
    }
}
