using Bunit;
using HelpdeskDashboard.Features.Assignment;
using HelpdeskDashboard.Features.Assignment.Components;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Tests.Features.Assignment.Support;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Tests.Features.Assignment.Components;

/// <summary>The workload page stays live: a ticket change reloads the queues.</summary>
public sealed class WorkloadPageLiveTests : BunitTestBase
{
    private readonly FakeWorkloadQuery _query = new();

    public WorkloadPageLiveTests()
    {
        Context.Services.AddSingleton<IWorkloadQuery>(_query);
        Context.Services.AddSingleton<IAssignmentService>(new FakeAssignmentService());
    }

    private IRenderedComponent<WorkloadPage> RenderPage()
    {
        var page = Context.Render<WorkloadPage>();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid='loading']")));
        return page;
    }

    [Fact]
    public async Task A_ticket_change_reloads_the_queues_without_a_reload_of_the_page()
    {
        var page = RenderPage();
        Assert.Equal(["Jonas Weber"], page.FindAll("[data-testid='workload-agent']").Select(cell => cell.TextContent.Trim()));
        _query.Agents = [Agent(3, "Jonas Weber"), Agent(4, "Morgan Manager")];

        await TicketChanges.PublishAsync(new TicketChanged(12, TicketChangeKind.Assigned, [3, 4]));

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid='workload-agent']").Count));
        Assert.Equal(2, _query.AgentQueries);
    }

    [Fact]
    public async Task Leaving_the_page_stops_listening()
    {
        RenderPage();
        Assert.Equal(1, TicketChanges.SubscriberCount);

        await Context.DisposeComponentsAsync();

        Assert.Equal(0, TicketChanges.SubscriberCount);
    }

    private static AgentWorkload Agent(int id, string name) => new(id, name, true, 2, 0, 0, null, TimeSpan.Zero, 0, 2);

    private sealed class FakeWorkloadQuery : IWorkloadQuery
    {
        public IReadOnlyList<AgentWorkload> Agents { get; set; } = [Agent(3, "Jonas Weber")];

        public int AgentQueries { get; private set; }

        public Task<IReadOnlyList<AgentWorkload>> AgentsAsync(CancellationToken cancellationToken = default)
        {
            AgentQueries++;
            return Task.FromResult(Agents);
        }

        public Task<IReadOnlyList<RiskGroup>> AtRiskAsync(double businessHours, bool includeBreached, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<RiskGroup>>([]);
    }
}
