using Bunit;
using HelpdeskDashboard.Features.Agents;
using HelpdeskDashboard.Features.Assignment;
using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace HelpdeskDashboard.Tests.Features.Agents;

/// <summary>
/// The agents page: deactivating is confirmed in a dialog that says what follows and moves the agent's open tickets in
/// the same step; the page says what a (de)activation did, in words, and nothing before.
/// </summary>
public sealed class AgentsPageTests : BunitTestBase
{
    private static readonly AssigneeOption Alex = new(9, "Alex Agent", 1, 1);
    private static readonly AssigneeOption Morgan = new(4, "Demo Manager", 2, 2);
    private readonly FakeAgentAdministration _agents = new();

    public AgentsPageTests() => Context.Services.AddSingleton<IAgentAdministration>(_agents);

    private (IRenderedComponent<MudDialogProvider> Dialogs, IRenderedComponent<AgentsPage> Page) Render()
    {
        var dialogs = Context.Render<MudDialogProvider>();
        var page = Context.Render<AgentsPage>();
        page.WaitForElement("[data-testid=agents-table]");
        return (dialogs, page);
    }

    [Fact]
    public void Before_any_action_the_page_shows_no_feedback()
    {
        var (_, page) = Render();

        Assert.Empty(page.FindAll("[data-testid=page-feedback]"));
        Assert.DoesNotContain("_message", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Deactivate_asks_first_saying_what_follows_and_where_each_open_ticket_would_go()
    {
        var (dialogs, page) = Render();

        page.Find("[data-testid=deactivate]").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("Deactivate Jonas Weber?", dialogs.Markup, StringComparison.Ordinal));
        Assert.Contains("will not be able to sign in", dialogs.Find("[data-testid=deactivate-consequences]").TextContent, StringComparison.Ordinal);
        Assert.Equal(["#41 Spindle overheats → Alex Agent", "#42 PLC reboots → Alex Agent", "#43 Recipe lost → Demo Manager"],
            dialogs.FindAll("[data-testid=planned-move]").Select(li => li.TextContent.Trim()));
        Assert.Empty(_agents.Deactivations);
    }

    [Fact]
    public void Cancel_changes_nothing()
    {
        var (dialogs, page) = Render();
        page.Find("[data-testid=deactivate]").Click();

        dialogs.WaitForElement("[data-testid=cancel-deactivate]").Click();

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("[data-testid=deactivate-dialog]")));
        Assert.Empty(_agents.Deactivations);
        Assert.Empty(page.FindAll("[data-testid=page-feedback]"));
    }

    [Fact]
    public void Confirming_deactivates_and_moves_the_tickets_as_listed_in_the_same_step()
    {
        var (dialogs, page) = Render();
        page.Find("[data-testid=deactivate]").Click();

        dialogs.WaitForElement("[data-testid=confirm-deactivate]").Click();

        page.WaitForAssertion(() => Assert.Equal(
            "Jonas Weber is deactivated. 3 open tickets moved: 2 to Alex Agent, 1 to Demo Manager.",
            page.Find("[data-testid=page-feedback]").TextContent.Trim()));
        var command = Assert.Single(_agents.Deactivations);
        Assert.Equal([(41, 9), (42, 9), (43, 4)], command.Moves.Select(m => (m.Ticket.TicketId, m.To.AgentId)));
    }

    [Fact]
    public void Keeping_the_tickets_deactivates_only_and_lists_them_for_reassignment()
    {
        _agents.KeepsTickets = true;
        var (dialogs, page) = Render();
        page.Find("[data-testid=deactivate]").Click();

        dialogs.WaitForElement("input[type=checkbox]").Change(false);
        Assert.Contains("The tickets stay with Jonas Weber", dialogs.Find("[data-testid=tickets-stay]").TextContent, StringComparison.Ordinal);
        dialogs.Find("[data-testid=confirm-deactivate]").Click();

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=open-ticket]").Count));
        Assert.Empty(Assert.Single(_agents.Deactivations).Moves);
        Assert.Contains("3 open tickets still with them", page.Find("[data-testid=page-feedback]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refusal_is_an_alert_with_the_reason()
    {
        _agents.Refusal = CommandResult.Denied("You cannot deactivate yourself; ask another manager.");
        var (dialogs, page) = Render();
        page.Find("[data-testid=deactivate]").Click();

        dialogs.WaitForElement("[data-testid=confirm-deactivate]").Click();

        page.WaitForAssertion(() =>
        {
            var feedback = page.Find("[data-testid=page-feedback]");
            Assert.Equal("alert", feedback.GetAttribute("role"));
            Assert.Contains("You cannot deactivate yourself; ask another manager.", feedback.TextContent, StringComparison.Ordinal);
        });
    }

    private sealed class FakeAgentAdministration : IAgentAdministration
    {
        private static readonly AgentListItem Jonas = new(3, "Jonas Weber", "jonas@example.com", true, false, true, 3);

        private static readonly AgentOpenTicket[] Open =
            [new(41, 3, "Spindle overheats"), new(42, 1, "PLC reboots"), new(43, 7, "Recipe lost")];

        public List<DeactivateAgent> Deactivations { get; } = [];

        public CommandResult? Refusal { get; set; }

        public bool KeepsTickets { get; set; }

        public Task<IReadOnlyList<AgentListItem>> ListAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<AgentListItem>>([Jonas]);

        public Task<CommandResult<IReadOnlyList<AgentOpenTicket>>> SetActiveAsync(SetAgentActive command, CancellationToken cancellationToken = default) =>
            Task.FromResult(CommandResult<IReadOnlyList<AgentOpenTicket>>.Ok([]));

        public Task<IReadOnlyList<AgentOpenTicket>> OpenTicketsAsync(int agentId, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<AgentOpenTicket>>(KeepsTickets && Deactivations.Count > 0 ? Open : []);

        public Task<DeactivationPlan?> PlanDeactivationAsync(int agentId, CancellationToken cancellationToken = default) =>
            Task.FromResult<DeactivationPlan?>(new DeactivationPlan(Jonas, AssignmentPlanner.Spread(
                [.. Open.Select(t => new TicketChoice(t.TicketId, t.Version, t.Subject, agentId))], [Alex, Morgan])));

        public Task<CommandResult<DeactivationReport>> DeactivateAsync(DeactivateAgent command, CancellationToken cancellationToken = default)
        {
            Deactivations.Add(command);
            return Task.FromResult(Refusal is { } refusal
                ? CommandResult<DeactivationReport>.Refused(refusal)
                : CommandResult<DeactivationReport>.Ok(new DeactivationReport(command.Moves, [], command.Moves.Count == 0 ? Open : [])));
        }
    }
}
