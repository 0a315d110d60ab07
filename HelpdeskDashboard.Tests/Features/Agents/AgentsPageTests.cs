using Bunit;
using HelpdeskDashboard.Features.Agents;
using HelpdeskDashboard.Platform.Commands;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace HelpdeskDashboard.Tests.Features.Agents;

/// <summary>The agents page says what a (de)activation did, in words, and nothing before.</summary>
public sealed class AgentsPageTests : IAsyncDisposable
{
    private readonly BunitContext _context = new();
    private readonly FakeAgentAdministration _agents = new();

    public AgentsPageTests()
    {
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddMudServices();
        _context.Services.AddSingleton<IAgentAdministration>(_agents);
    }

    public ValueTask DisposeAsync() => _context.DisposeAsync();

    [Fact]
    public void Before_any_action_the_page_shows_no_feedback()
    {
        var page = _context.Render<AgentsPage>();

        page.WaitForElement("[data-testid=agents-table]");
        Assert.Empty(page.FindAll("[data-testid=page-feedback]"));
        Assert.DoesNotContain("_message", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Deactivating_confirms_with_the_open_tickets_to_reassign()
    {
        _agents.Result = CommandResult<IReadOnlyList<AgentOpenTicket>>.Ok([new AgentOpenTicket(41, 3, "Spindle overheats")]);
        var page = _context.Render<AgentsPage>();

        page.WaitForElement("[data-testid=deactivate]").Click();

        page.WaitForAssertion(() =>
        {
            var feedback = page.Find("[data-testid=page-feedback]");
            Assert.Equal("status", feedback.GetAttribute("role"));
            Assert.Contains("Jonas Weber is deactivated. Reassign their 1 open tickets below.", feedback.TextContent, StringComparison.Ordinal);
        });
        Assert.DoesNotContain("_message", page.Markup, StringComparison.Ordinal);
        Assert.Equal([new SetAgentActive(3, false)], _agents.Commands);
    }

    [Fact]
    public void A_refusal_is_an_alert_with_the_reason()
    {
        _agents.Result = CommandResult<IReadOnlyList<AgentOpenTicket>>.Denied("You cannot deactivate yourself; ask another manager.");
        var page = _context.Render<AgentsPage>();

        page.WaitForElement("[data-testid=deactivate]").Click();

        page.WaitForAssertion(() =>
        {
            var feedback = page.Find("[data-testid=page-feedback]");
            Assert.Equal("alert", feedback.GetAttribute("role"));
            Assert.Contains("You cannot deactivate yourself; ask another manager.", feedback.TextContent, StringComparison.Ordinal);
        });
    }

    private sealed class FakeAgentAdministration : IAgentAdministration
    {
        public CommandResult<IReadOnlyList<AgentOpenTicket>> Result { get; set; } = CommandResult<IReadOnlyList<AgentOpenTicket>>.Ok([]);

        public List<SetAgentActive> Commands { get; } = [];

        public Task<IReadOnlyList<AgentListItem>> ListAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<AgentListItem>>([new AgentListItem(3, "Jonas Weber", "jonas@example.com", true, false, true, 1)]);

        public Task<CommandResult<IReadOnlyList<AgentOpenTicket>>> SetActiveAsync(SetAgentActive command, CancellationToken cancellationToken = default)
        {
            Commands.Add(command);
            return Task.FromResult(Result);
        }

        public Task<IReadOnlyList<AgentOpenTicket>> OpenTicketsAsync(int agentId, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<AgentOpenTicket>>([]);
    }
}
