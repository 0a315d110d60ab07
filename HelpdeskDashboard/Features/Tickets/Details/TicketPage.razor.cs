using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Tickets.Attachments;
using HelpdeskDashboard.Features.Tickets.Workflow;
using HelpdeskDashboard.Platform.Commands;
using Microsoft.AspNetCore.Components;

namespace HelpdeskDashboard.Features.Tickets.Details;

/// <summary>
/// One ticket for anyone signed in; <see cref="ITicketDetailsQuery"/> decides what they may see (null: not found).
/// Agents reply, note, change status and take the ticket; customers read and reply. Other features add side
/// panels (<see cref="TicketPagePanel"/>): time tracking, the assignment history. Every command goes
/// through <see cref="ITicketWorkflow"/>; a change published for this ticket reloads it.
/// </summary>
public sealed partial class TicketPage : ComponentBase
{
    private TicketDetails? _ticket;
    private bool _loaded;
    private int _loadedId;
    private int _loadSequence;
    private bool _isAgent;
    private int? _agentId;
    private bool _busy;
    private TimeZoneInfo _zone = TimeZoneInfo.Utc;
    private CommandFeedback? _replyFeedback;
    private CommandFeedback? _actionFeedback;
    private TicketPagePanel[] _panelsBefore = [];
    private TicketPagePanel[] _panelsAfter = [];

    // The panels' one parameter, "Ticket"; a new context only for another ticket.
    private Dictionary<string, object?> _panelParameters = [];

    [Parameter]
    public int Id { get; set; }

    /// <summary>Present while the page renders on the server for an HTTP request: lets a missing ticket answer 404.</summary>
    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    [Inject]
    private ITicketDetailsQuery Details { get; set; } = default!;

    [Inject]
    private ITicketWorkflow Workflow { get; set; } = default!;

    [Inject]
    private ICurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private IViewerTimeZone ViewerZone { get; set; } = default!;

    [Inject]
    private TicketChangeHub Changes { get; set; } = default!;

    /// <summary>Sections other features add (time tracking, assignment history), in their order.</summary>
    [Inject]
    private IEnumerable<TicketPagePanel> Panels { get; set; } = default!;

    // Customers never see internal notes, even if a query should hand one out.
    private IReadOnlyList<TicketMessageView> VisibleMessages =>
        _ticket is null ? [] : _isAgent ? _ticket.Messages : [.. _ticket.Messages.Where(m => !m.IsInternalNote)];

    private bool CanAssignToMe => _agentId is { } me && _ticket?.AssigneeAgentId != me;

    protected override async Task OnInitializedAsync()
    {
        var panels = Panels.OrderBy(p => p.Order).ToArray();
        (_panelsBefore, _panelsAfter) = (
            [.. panels.Where(p => p.Order < TicketPagePanel.SlaTimelineOrder)], [.. panels.Where(p => p.Order >= TicketPagePanel.SlaTimelineOrder)]);

        // Agents and customer users read times in their own zone (ViewerTimeZone).
        _zone = await ViewerZone.GetAsync();
        var user = await CurrentUser.GetAsync();
        _isAgent = await CurrentUser.IsAuthorizedAsync(Policies.Agent);
        _agentId = _isAgent ? user.AgentId : null;
    }

    protected override async Task OnParametersSetAsync()
    {
        if (!_loaded || _loadedId != Id)
        {
            (_replyFeedback, _actionFeedback) = (null, null);
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        // Reloads can overlap (a change notice while a command reloads); only the latest one is shown.
        var sequence = ++_loadSequence;
        var id = Id;
        var ticket = await Details.GetAsync(id);
        if (sequence != _loadSequence)
        {
            return;
        }

        (_ticket, _loaded, _loadedId) = (ticket, true, id);
        if (_panelParameters.GetValueOrDefault("Ticket") is not TicketPanelContext { TicketId: var shown } || shown != id)
        {
            _panelParameters = new() { ["Ticket"] = new TicketPanelContext(id, _zone, _isAgent) };
        }
        if (ticket is null && HttpContext is { Response.HasStarted: false } http)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    private async Task ReloadAsync()
    {
        await LoadAsync();
        StateHasChanged();
    }

    private Task<bool> SendAsync(string body, bool internalNote, IReadOnlyList<IncomingFile> files) => RunAsync(
        version => _isAgent
            ? Workflow.ReplyAsync(new ReplyToTicket(Id, version, body, internalNote, files))
            : Workflow.PostCustomerMessageAsync(new PostCustomerMessage(Id, version, body, files)),
        internalNote ? "Internal note added." : "Reply sent.",
        feedback => _replyFeedback = feedback);

    private Task ChangeStatusAsync(TicketStatus status) => RunAsync(
        version => Workflow.ChangeStatusAsync(new ChangeTicketStatus(Id, version, status)),
        $"Status changed to {TicketText.Status(status)}.",
        feedback => _actionFeedback = feedback);

    private Task AssignToMeAsync() => _agentId is { } me
        ? RunAsync(version => Workflow.AssignAsync(new AssignTicket(Id, version, me)), "The ticket is yours now.", feedback => _actionFeedback = feedback)
        : Task.CompletedTask;

    /// <summary>
    /// Runs one command against the loaded version; afterwards (and after a conflict) the ticket is read afresh.
    /// The forms call this from their own events, so the page renders itself: busy while it runs, the outcome after.
    /// </summary>
    private async Task<bool> RunAsync(Func<int, Task<CommandResult<int>>> command, string confirmation, Action<CommandFeedback> show)
    {
        if (_ticket is null || _busy)
        {
            return false;
        }

        _busy = true;
        StateHasChanged();
        try
        {
            var result = await command(_ticket.Version);
            if (result.Outcome is CommandOutcome.Succeeded or CommandOutcome.Conflict or CommandOutcome.NotFound)
            {
                await LoadAsync();
            }

            show(CommandFeedback.From(result, confirmation, "ticket"));
            return result.Succeeded;
        }
        finally
        {
            _busy = false;
            StateHasChanged();
        }
    }
}
