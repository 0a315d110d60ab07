using HelpdeskDashboard.Features.Assignment;
using HelpdeskDashboard.Features.Assignment.Components;
using Microsoft.Extensions.Time.Testing;

namespace HelpdeskDashboard.Tests.Features.Assignment;

public sealed class AgentNotificationCenterTests
{
    private readonly AgentNotificationCenter _center = new(new FakeTimeProvider(new DateTimeOffset(2026, 5, 13, 8, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Notifications_are_per_agent_newest_first_and_reading_them_clears_the_unread_count()
    {
        var heard = new List<int>();
        using var subscription = _center.Subscribe(heard.Add);

        _center.Notify(3, 10, "first");
        _center.Notify(3, 11, "second");
        _center.Notify(4, 12, "other agent");

        Assert.Equal(["second", "first"], _center.For(3).Select(n => n.Text));
        Assert.Equal((2, 1), (_center.UnreadCount(3), _center.UnreadCount(4)));
        _center.MarkAllRead(3);
        Assert.Equal((0, 1), (_center.UnreadCount(3), _center.UnreadCount(4)));
        Assert.Equal([3, 3, 4, 3], heard);
    }

    [Fact]
    public void Only_the_newest_fifty_are_kept()
    {
        for (var i = 1; i <= AgentNotificationCenter.MaxPerAgent + 5; i++)
        {
            _center.Notify(3, i, $"#{i}");
        }

        var kept = _center.For(3);
        Assert.Equal(AgentNotificationCenter.MaxPerAgent, kept.Count);
        Assert.Equal((55, 6), (kept[0].TicketId, kept[^1].TicketId));
    }

    public static TheoryData<string, string?, string?, string> Changes() => new()
    {
        { "first assignment", null, "#7 Jonas Weber", "assigned it to Jonas Weber" },
        { "reassignment", "#3 Alex Agent", "#7 Jonas Weber", "reassigned it from Alex Agent to Jonas Weber" },
        { "unassignment", "#3 Alex Agent", null, "unassigned Alex Agent" },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Assignment_history_describes_a_change_by_the_agents_names(string label, string? from, string? to, string expected)
    {
        _ = label;

        Assert.Equal(expected, AssignmentHistory.Describe(new AssignmentChange(1, DateTimeOffset.UnixEpoch, "manager@demo.local", from, to, null)));
    }
}
