using HelpdeskDashboard.Features.Assignment;
using HelpdeskDashboard.Features.Assignment.Components;
using HelpdeskDashboard.Tests.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace HelpdeskDashboard.Tests.Features.Assignment;

public sealed class AgentNotificationCenterTests : IAsyncDisposable
{
    private readonly TestDatabase _database = TestDatabase.Create();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 13, 8, 0, 0, TimeSpan.Zero));
    private readonly AgentNotificationCenter _center;

    public AgentNotificationCenterTests() =>
        _center = new AgentNotificationCenter(_database, new AgentNotificationHub(NullLogger<AgentNotificationHub>.Instance), _time);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Notifications_are_per_agent_newest_first_and_reading_them_clears_the_unread_count()
    {
        var heard = new List<int>();
        using var subscription = _center.Subscribe(agentId => { heard.Add(agentId); return Task.CompletedTask; });

        await _center.NotifyAsync(3, 10, "first", Cancel);
        _time.Advance(TimeSpan.FromMinutes(1));
        await _center.NotifyAsync(3, 11, "second", Cancel);
        await _center.NotifyAsync(4, 12, "other agent", Cancel);

        var agent3 = await _center.ForAsync(3, Cancel);
        Assert.Equal(["second", "first"], agent3.Select(n => n.Text));
        Assert.Equal(_time.GetUtcNow(), agent3[0].At);
        Assert.Equal((2, 1), (await UnreadAsync(3), await UnreadAsync(4)));
        await _center.MarkAllReadAsync(3, Cancel);
        await _center.MarkAllReadAsync(3, Cancel); // nothing left unread: nobody is told
        Assert.Equal((0, 1), (await UnreadAsync(3), await UnreadAsync(4)));
        Assert.Equal([3, 3, 4, 3], heard);
    }

    [Fact]
    public async Task Only_the_newest_fifty_are_kept()
    {
        for (var i = 1; i <= AgentNotificationCenter.MaxPerAgent + 5; i++)
        {
            await _center.NotifyAsync(3, i, $"#{i}", Cancel);
        }

        await _center.NotifyAsync(4, 99, "another agent keeps its own", Cancel);

        var kept = await _center.ForAsync(3, Cancel);
        Assert.Equal(AgentNotificationCenter.MaxPerAgent, kept.Count);
        Assert.Equal((55, 6), (kept[0].TicketId, kept[^1].TicketId));
        await using var db = _database.CreateDbContext();
        Assert.Equal(AgentNotificationCenter.MaxPerAgent + 1, await db.AgentNotifications.CountAsync(Cancel));
    }

    [Fact]
    public async Task Notifications_outlive_the_center_that_wrote_them()
    {
        await _center.NotifyAsync(3, 10, "before the restart", Cancel);

        var restarted = new AgentNotificationCenter(_database, new AgentNotificationHub(NullLogger<AgentNotificationHub>.Instance), _time);

        Assert.Equal("before the restart", Assert.Single(await restarted.ForAsync(3, Cancel)).Text);
    }

    private async Task<int> UnreadAsync(int agentId) => (await _center.ForAsync(agentId, Cancel)).Count(n => !n.IsRead);

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
