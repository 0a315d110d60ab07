using Bunit;
using HelpdeskDashboard.Features.Assignment;
using HelpdeskDashboard.Features.Assignment.Components;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Tests.Features.Assignment.Support;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Tests.Features.Assignment.Components;

/// <summary>The workload page says what a move did, in words, and nothing before.</summary>
public sealed class WorkloadPageFeedbackTests : BunitTestBase
{
    private static readonly DateTimeOffset Due = new(2026, 3, 10, 15, 0, 0, TimeSpan.FromHours(1));

    private readonly FakeAssignmentService _assignment = new();

    public WorkloadPageFeedbackTests()
    {
        Context.Services.AddSingleton<IAssignmentService>(_assignment);
        Context.Services.AddSingleton<IWorkloadQuery>(new FakeWorkloadQuery());
    }

    [Fact]
    public void Before_any_action_the_page_shows_no_feedback()
    {
        var page = Context.Render<WorkloadPage>();

        page.WaitForElement("[data-testid=risk-ticket]");
        Assert.Empty(page.FindAll("[data-testid=page-feedback]"));
        Assert.DoesNotContain("_message", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quick_move_confirms_where_the_ticket_went()
    {
        var page = Context.Render<WorkloadPage>();

        page.WaitForElement("[data-testid=quick-move]").Click();

        page.WaitForAssertion(() =>
        {
            var feedback = page.Find("[data-testid=page-feedback]");
            Assert.Equal("status", feedback.GetAttribute("role"));
            Assert.Contains("Ticket #12 moved to Jonas Weber.", feedback.TextContent, StringComparison.Ordinal);
        });
        Assert.DoesNotContain("_message", page.Markup, StringComparison.Ordinal);
        Assert.Equal([new AssignOne(12, 5, 3, "Moved from the risk view")], _assignment.Commands);
    }

    [Fact]
    public void A_quick_move_that_lost_a_race_is_an_alert_with_the_reason()
    {
        _assignment.OneResults.Enqueue(CommandResult<int>.Stale("Ticket #12 was changed by someone else after you opened it."));
        var page = Context.Render<WorkloadPage>();

        page.WaitForElement("[data-testid=quick-move]").Click();

        page.WaitForAssertion(() =>
        {
            var feedback = page.Find("[data-testid=page-feedback]");
            Assert.Equal("alert", feedback.GetAttribute("role"));
            Assert.Contains("Ticket #12 was changed by someone else after you opened it.", feedback.TextContent, StringComparison.Ordinal);
        });
    }

    private sealed class FakeWorkloadQuery : IWorkloadQuery
    {
        public Task<IReadOnlyList<AgentWorkload>> AgentsAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<AgentWorkload>>(
            [
                new AgentWorkload(9, "Alex Agent", true, 1, 1, 0, Due, TimeSpan.FromHours(2), 4, SlaLoad.Of(1, 1, 0)),
                new AgentWorkload(3, "Jonas Weber", true, 0, 0, 0, null, TimeSpan.Zero, 1, 0),
            ]);

        public Task<IReadOnlyList<RiskGroup>> AtRiskAsync(double businessHours, bool includeBreached, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<RiskGroup>>(
            [
                new RiskGroup(9, "Alex Agent", [new RiskTicket(12, 5, "Spindle overheats", "Nordlicht Bäckerei", Tier.Gold, 9, Due, TimeSpan.FromHours(2), false)]),
            ]);
    }
}
