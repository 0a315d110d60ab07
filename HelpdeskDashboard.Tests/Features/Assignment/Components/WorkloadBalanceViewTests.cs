using Bunit;
using HelpdeskDashboard.Features.Assignment;
using HelpdeskDashboard.Features.Assignment.Components;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Tests.Features.Assignment.Support;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Tests.Features.Assignment.Components;

/// <summary>
/// Issue 14, point 10: Priya holds 43 tickets (load 52) against 6–21; the page says she is overloaded, draws the loads
/// as bars, and its one-click suggestions for her twelve tickets at risk spread them over the others.
/// </summary>
public sealed class WorkloadBalanceViewTests : BunitTestBase
{
    private static readonly DateTimeOffset Due = new(2026, 3, 10, 15, 0, 0, TimeSpan.FromHours(1));

    private readonly FakeAssignmentService _assignment = new();

    public WorkloadBalanceViewTests()
    {
        _assignment.Options.Clear();
        _assignment.Options.AddRange([new(2, "Jonas Weber", 6, 6), new(3, "Alex Agent", 14, 12), new(4, "Morgan Manager", 21, 15), new(1, "Priya Nair", 52, 43)]);
        Context.Services.AddSingleton<IAssignmentService>(_assignment);
        Context.Services.AddSingleton<IWorkloadQuery>(new TeamWorkload());
    }

    [Fact]
    public void The_overloaded_agent_is_flagged_in_words_and_listed_first()
    {
        var page = Context.Render<WorkloadPage>();

        var agents = page.WaitForElements("[data-testid=workload-agent]");
        Assert.StartsWith("Priya Nair", agents[0].TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("overloaded", Assert.Single(page.FindAll("[data-testid=workload-table] [data-testid=overloaded]")).TextContent.Trim());
        Assert.Contains("overloaded from 35 points", page.Find("#workload-heading + *").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_agent_has_a_bar_with_its_load_in_words()
    {
        var page = Context.Render<WorkloadPage>();

        var bars = page.WaitForElements("[data-testid=load-bars] li");
        Assert.Equal(
            ["Priya Nair 52 points overloaded", "Morgan Manager 21 points", "Alex Agent 14 points", "Jonas Weber 6 points"],
            bars.Select(b => string.Join(' ', b.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));
        Assert.Equal("width: 100%", bars[0].QuerySelector(".load-bars__bar")!.GetAttribute("style"));
    }

    [Fact]
    // Jonas (6) takes eight to reach Alex (14); from there they alternate. Priya never gets her own tickets back.
    public void One_click_suggestions_for_twelve_tickets_spread_over_the_team()
    {
        var page = Context.Render<WorkloadPage>();

        var moves = page.WaitForElements("[data-testid=quick-move]");
        Assert.Equal(12, moves.Count);
        var targets = moves.Select(m => m.TextContent.Trim()).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["To Jonas Weber"] = 10, ["To Alex Agent"] = 2 }, targets);
    }

    private sealed class TeamWorkload : IWorkloadQuery
    {
        public Task<IReadOnlyList<AgentWorkload>> AgentsAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<AgentWorkload>>(
            [
                new AgentWorkload(2, "Jonas Weber", true, 6, 0, 0, null, TimeSpan.Zero, 3, 6),
                new AgentWorkload(3, "Alex Agent", true, 12, 2, 0, Due, TimeSpan.FromHours(9), 10, 14),
                new AgentWorkload(4, "Morgan Manager", true, 15, 3, 0, Due, TimeSpan.FromHours(9), 12, 21),
                new AgentWorkload(1, "Priya Nair", true, 43, 9, 0, Due, TimeSpan.FromHours(20), 30, 52),
            ]);

        public Task<IReadOnlyList<RiskGroup>> AtRiskAsync(double businessHours, bool includeBreached, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<RiskGroup>>(
            [
                new RiskGroup(1, "Priya Nair", [.. Enumerable.Range(1, 12).Select(i =>
                    new RiskTicket(100 + i, 1, $"Ticket {i}", "Nordlicht Bäckerei", Tier.Gold, 1, Due.AddMinutes(i), TimeSpan.FromHours(1), false))]),
            ]);
    }
}
