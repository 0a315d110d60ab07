using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Tickets.Board.Rendering;
using HelpdeskDashboard.Features.Tiers;
using Microsoft.AspNetCore.Components;

namespace HelpdeskDashboard.Features.Tickets.Board;

/// <summary>
/// The agents' home: open tickets by urgency, a page of 50 at a time from <see cref="IBoardQuery"/>. Every change
/// published on the <see cref="TicketChangeHub"/> re-queries the page (debounced) under this user's own permissions.
/// </summary>
public sealed partial class SlaBoardPage : ComponentBase, IDisposable
{
    public const int PageSize = 50;

    /// <summary>A burst of changes (a bulk import, several agents at once) costs one query.</summary>
    public static readonly TimeSpan ChangeDebounce = TimeSpan.FromMilliseconds(200);

    /// <summary>Typing pauses this long before the board searches.</summary>
    public static readonly TimeSpan SearchDebounce = TimeSpan.FromMilliseconds(300);

    private static readonly BoardSlaFilter[] SlaChoices =
    [
        BoardSlaFilter.Any, BoardSlaFilter.AtRisk, BoardSlaFilter.Breached, BoardSlaFilter.Paused,
        BoardSlaFilter.OutsideBusinessHours, BoardSlaFilter.Running, BoardSlaFilter.NoSla,
    ];

    private static readonly (BoardScope Scope, string Text)[] ScopeChoices =
        [(BoardScope.Mine, "Mine"), (BoardScope.Unassigned, "Unassigned"), (BoardScope.All, "All")];

    private BoardFilter _filter = new(BoardScope.Mine);
    private string? _searchText;
    private TimeZoneInfo _zone = TimeZoneInfo.Utc;
    private CurrentUserInfo _user = CurrentUserInfo.Anonymous;
    private bool _isManager;
    private IDisposable? _changes;
    private Debouncer? _reloadOnChange;
    private Debouncer? _searchAfterTyping;

    // The loaded page; _version tells the table and the counters that they have something new to render.
    private BoardRowView[]? _rows;
    private int _total;
    private int _skip;
    private BoardCounters? _counters;
    private DateTimeOffset _asOf;
    private int _version;
    private int _settledVersion;
    private int _loadSequence;

    [Inject]
    private IBoardQuery Board { get; set; } = default!;

    [Inject]
    private ICurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private IViewerTimeZone ViewerZone { get; set; } = default!;

    [Inject]
    private TicketChangeHub Changes { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _user = await CurrentUser.GetAsync();
        _isManager = await CurrentUser.IsAuthorizedAsync(Policies.Manager);
        _zone = await ViewerZone.GetAsync();

        // The board is not prerendered (SkipPrerendering); were it rendered statically all the same, it would show
        // its frame only: rows without a circuit could neither tick nor update.
        if (!RendererInfo.IsInteractive)
        {
            return;
        }

        _reloadOnChange = new Debouncer(Time, ChangeDebounce, () => Hand(ReloadAsync));
        _searchAfterTyping = new Debouncer(Time, SearchDebounce, () => Hand(ApplySearchAsync));
        _changes = Changes.Subscribe(OnTicketChanged);
        await LoadAsync(0);
    }

    // The previous render tree holds the parameters of the previous render, i.e. the previous page's rows; one more
    // render after a load replaces them with the current ones, so an open board holds one page, not two.
    protected override void OnAfterRender(bool firstRender)
    {
        if (_settledVersion != _version)
        {
            _settledVersion = _version;
            StateHasChanged();
        }
    }

    public void Dispose()
    {
        _changes?.Dispose();
        _reloadOnChange?.Dispose();
        _searchAfterTyping?.Dispose();
    }

    /// <summary>Loads the page that starts at row <paramref name="skip"/>; when loads overlap, only the latest is shown.</summary>
    private async Task LoadAsync(int skip)
    {
        var sequence = ++_loadSequence;
        var page = await Board.GetPageAsync(_filter, skip, PageSize);
        if (sequence != _loadSequence)
        {
            return;
        }

        // Rows removed meanwhile can leave this page past the end: show the last page there is.
        if (page.Rows.Count == 0 && skip > 0 && page.TotalCount > 0)
        {
            await LoadAsync((page.TotalCount - 1) / PageSize * PageSize);
            return;
        }

        (_rows, _total, _skip) = (BoardRowView.For(page.Rows, _zone), page.TotalCount, skip);
        (_counters, _asOf) = (page.Counters, page.AsOf);
        _version++;
        StateHasChanged();
    }

    // Only the id travels through the hub; whatever changed is read afresh through the board query.
    private Task OnTicketChanged(TicketChanged change)
    {
        _reloadOnChange?.Trigger();
        return Task.CompletedTask;
    }

    private Task SetScopeAsync(BoardScope scope) => ApplyAsync(_filter with { Scope = scope });

    private Task TierChosenAsync(ChangeEventArgs change) =>
        ApplyAsync(_filter with { Tier = Enum.TryParse<Tier>(change.Value as string, out var tier) ? tier : null });

    private Task SlaChosenAsync(ChangeEventArgs change) =>
        ApplyAsync(_filter with { Sla = Enum.TryParse<BoardSlaFilter>(change.Value as string, out var sla) ? sla : BoardSlaFilter.Any });

    private void SearchTyped(ChangeEventArgs change)
    {
        _searchText = change.Value as string;
        _searchAfterTyping?.Trigger();
    }

    private Task ApplySearchAsync() =>
        ApplyAsync(_filter with { Search = string.IsNullOrWhiteSpace(_searchText) ? null : _searchText.Trim() });

    // A new filter starts on the first page; the current page number may not exist any more.
    private async Task ApplyAsync(BoardFilter filter)
    {
        if (filter == _filter)
        {
            return;
        }

        _filter = filter;
        await LoadAsync(0);
    }

    private Task ReloadAsync() => LoadAsync(_skip);

    // Timer callbacks run off the circuit; failures surface through the component like any other error.
    private void Hand(Func<Task> work) => _ = InvokeAsync(async () =>
    {
        try
        {
            await work();
        }
        catch (Exception error)
        {
            await DispatchExceptionAsync(error);
        }
    });

    private static string SlaChoice(BoardSlaFilter state) => state switch
    {
        BoardSlaFilter.Any => "Any state",
        BoardSlaFilter.Running => "Running",
        BoardSlaFilter.AtRisk => "At risk",
        BoardSlaFilter.Breached => "Breached",
        BoardSlaFilter.Paused => "Paused",
        BoardSlaFilter.OutsideBusinessHours => "Outside business hours",
        BoardSlaFilter.NoSla => "No SLA",
        _ => state.ToString(),
    };
}
