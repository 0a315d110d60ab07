using Bunit;
using HelpdeskDashboard.Features.Assignment;
using HelpdeskDashboard.Features.Assignment.Components;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.Board;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Tests.Features.Tickets.Support;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static HelpdeskDashboard.Tests.Features.Sla.Support.SlaTestKit;

namespace HelpdeskDashboard.Tests.Components.Pages;

/// <summary>Issue 14, point 11: what the start page's cards say for an agent and a manager.</summary>
public sealed class StartSummaryTests : BunitTestBase
{
    private readonly FakeBoardQuery _board = new();

    public StartSummaryTests()
    {
        Context.Services.AddSingleton<IBoardQuery>(_board);
        Context.Services.AddSingleton<IWorkloadQuery>(new Team());
        _board.Answer = (filter, _, take) => new BoardPage(
            [.. Enumerable.Range(1, take).Select(i => new BoardRow(i, 1, 1, "Acme GmbH", Tier.Gold, $"Ticket {i}", TicketKind.SupportInquiry,
                TicketStatus.Open, 7, "Alex Agent", ReadNow(CustomerWrites("Tue 2026-03-10 10:00", Gold))))],
            filter.Scope == BoardScope.Mine ? 9 : 40, filter.Scope == BoardScope.Mine ? new BoardCounters(1, 2, 3) : new BoardCounters(4, 5, 6), Time.GetUtcNow());
        _board.Count = filter => filter.Scope == BoardScope.Unassigned ? 11 : 0;
    }

    [Fact]
    public void The_agents_card_counts_their_queue_with_links_and_lists_the_next_five()
    {
        var card = Context.Render<QueueSummary>();

        card.WaitForAssertion(() => Assert.Equal("You hold 9 tickets open.", card.Find("[data-testid=queue-total]").TextContent));
        Assert.Equal(("Breached: 1", "board?state=breached"), (card.Find("[data-testid=mine-breached]").TextContent, card.Find("[data-testid=mine-breached]").GetAttribute("href")));
        Assert.Equal("Due today: 3", card.Find("[data-testid=mine-due-today]").TextContent);
        Assert.Equal(5, card.FindAll("[data-testid=next-deadlines] li").Count);
        Assert.Equal(("Unassigned: 11 tickets", "board?scope=unassigned"), (card.Find("[data-testid=unassigned]").TextContent, card.Find("[data-testid=unassigned]").GetAttribute("href")));
    }

    [Fact]
    public void The_managers_card_counts_the_team_and_names_who_is_overloaded()
    {
        var card = Context.Render<TeamRiskSummary>();

        card.WaitForAssertion(() => Assert.Equal("40 open tickets in all.", card.Find("[data-testid=team-total]").TextContent));
        Assert.Equal("board?scope=all&state=at-risk", card.Find("[data-testid=team-at-risk]").GetAttribute("href"));
        Assert.Equal("Unassigned: 11", card.Find("[data-testid=team-unassigned]").TextContent);
        Assert.Equal("Overloaded: Priya Nair (52 points)", card.Find("[data-testid=overloaded-agents]").TextContent.Trim());
    }

    private sealed class Team : IWorkloadQuery
    {
        public Task<IReadOnlyList<AgentWorkload>> AgentsAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<AgentWorkload>>(
            [
                new(1, "Priya Nair", true, 43, 9, 0, null, TimeSpan.Zero, 0, 52),
                new(2, "Jonas Weber", true, 6, 0, 0, null, TimeSpan.Zero, 0, 6),
                new(3, "Alex Agent", true, 12, 0, 0, null, TimeSpan.Zero, 0, 14),
            ]);

        public Task<IReadOnlyList<RiskGroup>> AtRiskAsync(double businessHours, bool includeBreached, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<RiskGroup>>([]);
    }
}
