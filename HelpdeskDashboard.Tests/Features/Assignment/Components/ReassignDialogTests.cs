using Bunit;
using HelpdeskDashboard.Features.Assignment;
using HelpdeskDashboard.Features.Assignment.Components;
using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Tests.Features.Assignment.Support;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace HelpdeskDashboard.Tests.Features.Assignment.Components;

public sealed class ReassignDialogTests : BunitTestBase
{
    private readonly FakeAssignmentService _service = new();

    public ReassignDialogTests() => Context.Services.AddSingleton<IAssignmentService>(_service);

    [Fact]
    public async Task Single_ticket_dialog_suggests_the_least_loaded_agent_and_assigns_with_the_reason()
    {
        var (provider, dialog) = await ShowAsync(p => p.Add(d => d.Tickets, (IReadOnlyList<TicketChoice>)[new TicketChoice(12, 5, "Spindle overheats", 9)]));

        Assert.Contains("Reassign ticket #12", provider.Markup, StringComparison.Ordinal);
        Assert.Contains("Suggested: Jonas Weber", provider.Find("[data-testid=suggestion]").TextContent, StringComparison.Ordinal);
        Assert.Equal(9, _service.LastExcept); // the current assignee is not offered
        provider.Find("textarea").Input("Knows the drives");
        provider.Find("[data-testid=submit]").Click();

        var result = await dialog.Result;
        Assert.False(result!.Canceled);
        Assert.Equal([new AssignOne(12, 5, 3, "Knows the drives")], _service.Commands);
    }

    [Fact]
    public async Task Lost_race_shows_the_current_assignee_and_retry_uses_the_latest_version()
    {
        _service.OneResults.Enqueue(CommandResult<int>.Stale(
            "Ticket #12 was changed by someone else after you opened it (you had version 5, it is at version 6). It is now Open and assigned to Morgan Manager. Nothing was saved: reload the ticket and try again."));
        _service.Current = new TicketAssignmentState(12, 6, 4, "Morgan Manager", "Spindle overheats");
        var (provider, dialog) = await ShowAsync(p => p.Add(d => d.Tickets, (IReadOnlyList<TicketChoice>)[new TicketChoice(12, 5, "Spindle overheats", null)]));

        provider.Find("[data-testid=submit]").Click();

        provider.WaitForAssertion(() => Assert.Contains("assigned to Morgan Manager", provider.Find("[data-testid=dialog-errors]").TextContent, StringComparison.Ordinal));
        Assert.Contains("Another manager changed this ticket first", provider.Find("[role=alert]").TextContent, StringComparison.Ordinal);
        Assert.False(dialog.Result.IsCompleted);

        provider.Find("[data-testid=retry]").Click();

        Assert.False((await dialog.Result)!.Canceled);
        Assert.Equal([new AssignOne(12, 5, 3, null), new AssignOne(12, 6, 3, null)], _service.Commands);
    }

    [Fact]
    public async Task Invalid_command_keeps_the_dialog_open_with_the_validation_message()
    {
        _service.OneResults.Enqueue(CommandResult<int>.Invalid(["The reason can be at most 500 characters; it has 501."]));
        var (provider, dialog) = await ShowAsync(p => p.Add(d => d.Tickets, (IReadOnlyList<TicketChoice>)[new TicketChoice(12, 5, "Spindle overheats", null)]));

        provider.Find("[data-testid=submit]").Click();

        provider.WaitForAssertion(() => Assert.Contains("it has 501", provider.Find("[data-testid=dialog-errors]").TextContent, StringComparison.Ordinal));
        Assert.Empty(provider.FindAll("[data-testid=retry]"));
        Assert.False(dialog.Result.IsCompleted);
    }

    [Fact]
    public async Task Bulk_dialog_reports_moved_and_skipped_tickets_with_reasons()
    {
        _service.BulkResult = new BulkAssignmentResult(
            CommandOutcome.Succeeded, [1, 2], [new SkippedTicket(3, "It is now Open and assigned to Morgan Manager.")], []);
        var (provider, dialog) = await ShowAsync(p => p.Add(d => d.Tickets,
            (IReadOnlyList<TicketChoice>)[new TicketChoice(1, 0, "a", 9), new TicketChoice(2, 0, "b", 9), new TicketChoice(3, 4, "c", 9)]));

        Assert.Contains("3 tickets selected: #1, #2, #3", provider.Markup, StringComparison.Ordinal);
        provider.Find("[data-testid=submit]").Click();

        provider.WaitForAssertion(() => Assert.Contains("2 tickets moved; 1 ticket skipped", provider.Find("[data-testid=bulk-result]").TextContent, StringComparison.Ordinal));
        Assert.Contains("#3: It is now Open and assigned to Morgan Manager.", provider.Find("[data-testid=skipped-tickets]").TextContent, StringComparison.Ordinal);
        var many = Assert.IsType<AssignMany>(Assert.Single(_service.Commands));
        Assert.Equal([new TicketAtVersion(1, 0), new TicketAtVersion(2, 0), new TicketAtVersion(3, 4)], many.Tickets);

        provider.Find("[data-testid=close]").Click();
        Assert.False((await dialog.Result)!.Canceled);
    }

    [Fact]
    public async Task Move_all_dialog_moves_the_agents_queue_and_cancel_writes_nothing()
    {
        var (provider, dialog) = await ShowAsync(p =>
        {
            p.Add(d => d.FromAgentId, 4);
            p.Add(d => d.FromAgentName, "Morgan Manager");
        });

        Assert.Contains("Move all open tickets of Morgan Manager", provider.Markup, StringComparison.Ordinal);
        Assert.Equal(4, _service.LastExcept);
        provider.Find("[data-testid=cancel]").Click();

        Assert.True((await dialog.Result)!.Canceled);
        Assert.Empty(_service.Commands);
    }

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> ShowAsync(
        Action<DialogParameters<ReassignDialog>> parameters)
    {
        var provider = Context.Render<MudDialogProvider>();
        var dialogParameters = new DialogParameters<ReassignDialog>();
        parameters(dialogParameters);

        IDialogReference? reference = null;
        await provider.InvokeAsync(async () => reference = await Context.Services.GetRequiredService<IDialogService>().ShowAsync<ReassignDialog>(null, dialogParameters));
        provider.WaitForAssertion(() => Assert.NotEmpty(provider.FindAll("[data-testid=submit]")));
        return (provider, reference!);
    }
}
