using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Assignment;
using HelpdeskDashboard.Features.Billing;
using HelpdeskDashboard.Tests.Features.Assignment.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Tests.Features.Assignment;

/// <summary>
/// Now is Wednesday 2026-05-13 10:00 Berlin on the default calendar (Mon–Fri whole days). Platinum has 24, Gold 72
/// business hours; at risk means at most 25 % left.
/// </summary>
public sealed class WorkloadQueryTests : IAsyncLifetime
{
    private AssignmentTestWorld _world = null!;
    private int _atRisk;
    private int _breached;
    private int _calm;
    private int _unassignedSoon;

    public async ValueTask InitializeAsync()
    {
        _world = await AssignmentTestWorld.CreateAsync();
        var t = _world.Tickets;
        var now = t.Time.GetUtcNow();
        _atRisk = await t.OpenTicketAsync(t.Platinum, "Due in 4 h", at: now.AddHours(-20), assignee: t.Alex);    // due Wed 14:00
        _breached = await t.OpenTicketAsync(t.Platinum, "Due yesterday", at: now.AddHours(-50), assignee: t.Alex); // due Tue 08:00
        _calm = await t.OpenTicketAsync(t.Gold, "Due Monday", assignee: t.Alex);                                  // due Mon 10:00, 72 h left
        _unassignedSoon = await t.OpenTicketAsync(t.Platinum, "Due in 7 h", at: now.AddHours(-17));              // due Wed 17:00
        await t.OpenTicketAsync(t.Basic, "No SLA", assignee: t.Jonas);

        await using var db = t.Database.CreateDbContext();
        db.TimeEntries.AddRange(
            Entry(_calm, t.Gold.Id, t.Alex.Id, new DateOnly(2026, 5, 11), 90),  // Monday this week
            Entry(_calm, t.Gold.Id, t.Alex.Id, new DateOnly(2026, 5, 13), 15),  // today
            Entry(_calm, t.Gold.Id, t.Alex.Id, new DateOnly(2026, 5, 8), 600)); // last Friday: not this week
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Workload_counts_each_agents_open_risky_and_breached_tickets_next_due_time_left_and_hours_this_week()
    {
        var rows = await Query(q => q.AgentsAsync());

        var alex = rows.Single(r => r.AgentId == _world.Tickets.Alex.Id);
        Assert.Equal((3, 1, 1), (alex.OpenTickets, alex.AtRisk, alex.Breached));
        Assert.Equal(new DateTimeOffset(2026, 5, 13, 14, 0, 0, TimeSpan.FromHours(2)), alex.NextDue);
        Assert.Equal(TimeSpan.FromHours(4 + 72), alex.SlaTimeLeft);
        Assert.Equal(1.75, alex.HoursLoggedThisWeek);
        Assert.Equal(3 + 2 + 1, alex.SlaLoad);

        var jonas = rows.Single(r => r.AgentId == _world.Tickets.Jonas.Id);
        Assert.Equal((1, 0, 0, (DateTimeOffset?)null, TimeSpan.Zero, 1), (jonas.OpenTickets, jonas.AtRisk, jonas.Breached, jonas.NextDue, jonas.SlaTimeLeft, jonas.SlaLoad));
        Assert.DoesNotContain(rows, r => r.AgentId == _world.Tickets.Tobias.Id); // inactive and holding nothing
    }

    public static TheoryData<string, double, bool, string[]> Windows() => new()
    {
        { "4 business hours: the at-risk ticket, due at exactly 4 h", 4, false, ["Alex Agent: Due in 4 h"] },
        { "8 business hours: both soon-due tickets, grouped by assignee", 8, false, ["Alex Agent: Due in 4 h", "Unassigned: Due in 7 h"] },
        { "3 business hours: nothing", 3, false, [] },
        { "8 business hours with breached tickets", 8, true, ["Alex Agent: Due yesterday, Due in 4 h", "Unassigned: Due in 7 h"] },
        { "80 business hours: the Gold ticket due Monday too", 80, false, ["Alex Agent: Due in 4 h, Due Monday", "Unassigned: Due in 7 h"] },
    };

    [Theory]
    [MemberData(nameof(Windows))]
    public async Task Risk_view_lists_tickets_due_within_the_window_grouped_by_assignee(string label, double hours, bool includeBreached, string[] expected)
    {
        _ = label;

        var groups = await Query(q => q.AtRiskAsync(hours, includeBreached));

        Assert.Equal(expected, groups.Select(g => $"{g.AgentName}: {string.Join(", ", g.Tickets.Select(t => t.Subject))}"));
    }

    [Fact]
    public async Task Risk_view_gives_business_time_left_and_marks_breached_tickets()
    {
        var tickets = (await Query(q => q.AtRiskAsync(8, includeBreached: true))).SelectMany(g => g.Tickets).ToDictionary(t => t.TicketId);

        Assert.Equal((TimeSpan.FromHours(4), false), (tickets[_atRisk].BusinessTimeLeft, tickets[_atRisk].IsBreached));
        Assert.True(tickets[_breached].IsBreached);
        Assert.Null(tickets[_unassignedSoon].AssigneeAgentId);
    }

    [Fact]
    public async Task Agents_may_not_read_the_workload()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            _world.AsAsync(_world.Tickets.AlexSignedIn, sp => sp.GetRequiredService<IWorkloadQuery>().AgentsAsync()));
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            _world.AsAsync(_world.Tickets.AlexSignedIn, sp => sp.GetRequiredService<IWorkloadQuery>().AtRiskAsync(8, false)));
    }

    private Task<T> Query<T>(Func<IWorkloadQuery, Task<T>> query) =>
        _world.AsAsync(_world.Tickets.MorganSignedIn, sp => query(sp.GetRequiredService<IWorkloadQuery>()));

    private TimeEntry Entry(int ticket, int customer, int agent, DateOnly day, int minutes) => new()
    {
        TicketId = ticket,
        CustomerId = customer,
        AgentId = agent,
        WorkDate = day,
        Minutes = minutes,
        CreatedUtcTicks = _world.Tickets.Time.GetUtcNow().UtcTicks,
    };
}
