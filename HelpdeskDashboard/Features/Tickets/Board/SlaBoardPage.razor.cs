using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets.Board.Rendering;
using HelpdeskDashboard.Features.Tickets.Board.SavedViews;
using HelpdeskDashboard.Features.Tiers;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;

namespace HelpdeskDashboard.Features.Tickets.Board;

/// <summary>
/// The agents' home: open tickets by urgency, a page of 50 at a time from <see cref="IBoardQuery"/>. Every change
/// published on the <see cref="TicketChangeHub"/> re-queries the page (debounced) under this user's own permissions,
/// and so does every minute, so counters and order follow the clocks. The view (filters, sort, page) lives in the
/// address (<see cref="BoardLink"/>): every choice navigates, and the page loads what the address says.
/// </summary>
public sealed partial class SlaBoardPage : ComponentBase, IDisposable
{
    public const int PageSize = 50;

    /// <summary>A burst of changes (a bulk import, several agents at once) costs one query.</summary>
    public static readonly TimeSpan ChangeDebounce = TimeSpan.FromMilliseconds(200);

    /// <summary>Typing pauses this long before the board searches.</summary>
    public static readonly TimeSpan SearchDebounce = TimeSpan.FromMilliseconds(300);

    /// <summary>Counters and order are read again this often even when nothing changed: clocks move on.</summary>
    public static readonly TimeSpan Recount = TimeSpan.FromMinutes(1);

    private static readonly BoardSlaFilter[] SlaChoices =
    [
        BoardSlaFilter.Any, BoardSlaFilter.AtRisk, BoardSlaFilter.Breached, BoardSlaFilter.Paused,
        BoardSlaFilter.DueToday, BoardSlaFilter.OutsideBusinessHours, BoardSlaFilter.Running, BoardSlaFilter.NoSla,
    ];

    private static readonly (BoardScope Scope, string Text)[] ScopeChoices =
        [(BoardScope.Mine, "Mine"), (BoardScope.Unassigned, "Unassigned"), (BoardScope.All, "All")];

    private BoardFilter _filter = BoardLink.Default;
    private int _page = 1;
    private IReadOnlyList<string> _linkProblems = [];
    private string? _searchText;
    private TimeZoneInfo _zone = TimeZoneInfo.Utc;
    private CurrentUserInfo _user = CurrentUserInfo.Anonymous;
    private bool _isManager;
    private IDisposable? _changes;
    private Debouncer? _reloadOnChange;
    private Debouncer? _searchAfterTyping;
    private ITimer? _recount;

    // The loaded page; _version tells the table and the counters that they have something new to render.
    private BoardRowView[]? _rows;
    private int _total;
    private int _skip;
    private BoardCounters? _counters;
    private IReadOnlyList<SavedBoardViewItem> _savedViews = [];
    private int _listingsAsked = 1; // nothing listed yet
    private int _listingsDone; // the asks the last listing that landed answered
    private int _viewReads;
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

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISavedBoardViews SavedViews { get; set; } = default!;

    [Inject]
    private SlaEngine Engine { get; set; } = default!;

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
        _recount = Time.CreateTimer(_ => Hand(ReloadWithViewsListedAsync), null, Recount, Recount);
        _changes = Changes.Subscribe(OnTicketChanged);
        Navigation.LocationChanged += OnLocationChanged;
        ReadAddress();
        await LoadAsync((_page - 1) * PageSize);
    }

    // The previous render trees hold the parameters of the previous render, i.e. the previous page's rows; one more
    // render after a load (the table and the rows settle in it too, one batch) replaces them with the current ones, so an
    // open board holds one page, not two.
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
        Navigation.LocationChanged -= OnLocationChanged;
        _recount?.Dispose();
        _changes?.Dispose();
        _reloadOnChange?.Dispose();
        _searchAfterTyping?.Dispose();
    }

    /// <summary>
    /// Loads the page that starts at row <paramref name="skip"/>; when loads overlap, only the latest is shown. A load
    /// for a change recounts the saved views listed instead of listing them again (<see cref="ReadViewsAsync"/>).
    /// </summary>
    private async Task LoadAsync(int skip, bool relistViews = true)
    {
        // Asked before the page is read: a newer load that overtakes this one lists in its stead.
        if (relistViews)
        {
            _listingsAsked++;
        }

        var sequence = ++_loadSequence;
        var page = await Board.GetPageAsync(_filter, skip, PageSize);
        if (sequence != _loadSequence)
        {
            return;
        }

        // Rows removed meanwhile can leave this page past the end: show the last page there is.
        if (page.Rows.Count == 0 && skip > 0 && page.TotalCount > 0)
        {
            await LoadAsync((page.TotalCount - 1) / PageSize * PageSize, relistViews: false);
            return;
        }

        // Saved views are counted with every load, so their numbers move with the board's.
        _savedViews = await ReadViewsAsync() ?? _savedViews;
        if (sequence != _loadSequence)
        {
            return;
        }

        (_rows, _total, _skip) = (BoardRowView.KeepUnchanged(_rows, BoardRowView.For(page.Rows, _zone), Engine), page.TotalCount, skip);
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

    private void SetScope(BoardScope scope) => Apply(_filter with { Scope = scope });

    private void TierChosen(ChangeEventArgs change) =>
        Apply(_filter with { Tier = Enum.TryParse<Tier>(change.Value as string, out var tier) ? tier : null });

    private void SlaChosen(ChangeEventArgs change) =>
        Apply(_filter with { Sla = Enum.TryParse<BoardSlaFilter>(change.Value as string, out var sla) ? sla : BoardSlaFilter.Any });

    // A counter is a shortcut to its state filter; clicked again, it lifts the filter.
    private void CounterChosen(BoardSlaFilter state) => Apply(_filter with { Sla = _filter.Sla == state ? BoardSlaFilter.Any : state });

    // The same column again turns the order round; another column starts ascending.
    private void SortChosen(BoardSort sort) =>
        Apply(_filter with { Sort = sort, Descending = _filter.Sort == sort && !_filter.Descending });

    private Task GoToRowAsync(int skip)
    {
        Navigation.NavigateTo(BoardLink.For(_filter, (skip / PageSize) + 1));
        return Task.CompletedTask;
    }

    private void SearchTyped(ChangeEventArgs change)
    {
        _searchText = change.Value as string;
        _searchAfterTyping?.Trigger();
    }

    // Typing replaces the address instead of adding a history entry per word.
    private Task ApplySearchAsync()
    {
        Apply(_filter with { Search = string.IsNullOrWhiteSpace(_searchText) ? null : _searchText.Trim() }, replace: true);
        return Task.CompletedTask;
    }

    // A new view starts on its first page; the current page number may not exist any more.
    private void Apply(BoardFilter filter, bool replace = false)
    {
        if (filter != _filter)
        {
            Navigation.NavigateTo(BoardLink.For(filter), replace: replace);
        }
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs change) => Hand(async () =>
    {
        var (filter, page) = (_filter, _page);
        if (!ReadAddress() || (filter, page) == (_filter, _page))
        {
            return;
        }

        await LoadAsync((_page - 1) * PageSize);
    });

    /// <summary>Takes the view from the address; false when the address is no longer the board's.</summary>
    private bool ReadAddress()
    {
        var address = new Uri(Navigation.Uri);
        if (!string.Equals(Navigation.ToBaseRelativePath(address.GetLeftPart(UriPartial.Path)), BoardLink.Path, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        (_filter, _page, _linkProblems) = BoardLink.Parse(address.Query);
        _searchText = _filter.Search;
        return true;
    }

    private Task ReloadAsync() => LoadAsync(_skip, relistViews: false);

    private async Task ReloadViewsAsync()
    {
        _listingsAsked++;
        _savedViews = await ReadViewsAsync() ?? _savedViews;
    }

    // The minute's reload (clocks move on) lists the saved views afresh too: a view saved in another tab shows.
    private Task ReloadWithViewsListedAsync()
    {
        _listingsAsked++;
        _reloadOnChange?.Trigger();
        return Task.CompletedTask;
    }

    /// <summary>
    /// The saved views listed afresh, or the listed ones recounted: every open board reloads on every change, which
    /// moves counts but not the list (only saving or deleting a view does), and listing per change cost a query per
    /// board and change (docs/capacity.md). A listing is asked for (opening, another view, saving or deleting, the
    /// minute) and stays due until a listing that started after the ask lands, so a recount never starts from a list
    /// that a running listing replaces. Null when a newer read started meanwhile: its result is the one to show.
    /// </summary>
    private async Task<IReadOnlyList<SavedBoardViewItem>?> ReadViewsAsync()
    {
        var read = ++_viewReads;
        var asked = _listingsAsked;
        var listing = asked != _listingsDone;
        var views = listing ? await SavedViews.ListAsync() : await SavedViews.RecountAsync(_savedViews);
        if (read != _viewReads)
        {
            return null;
        }

        // Asks that came while this read ran (the minute, say) stay due.
        _listingsDone = listing ? asked : _listingsDone;
        return views;
    }

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

    private const string Urgency = "most urgent first: due time first, Platinum before Gold on an equal due time, tickets without a running clock last";

    private string OrderText => _filter.Sort switch
    {
        BoardSort.Due when _filter.Descending => "Open tickets, latest due time first, tickets without a running clock last.",
        BoardSort.Due => $"Open tickets, {Urgency}.",
        var sort => $"Open tickets by {BoardTable.ColumnName(sort).ToLowerInvariant()} ({(_filter.Descending ? "descending" : "ascending")}), then {Urgency}.",
    };

    private static string SlaChoice(BoardSlaFilter state) => state switch
    {
        BoardSlaFilter.Any => "Any state",
        BoardSlaFilter.Running => "Running",
        BoardSlaFilter.AtRisk => "At risk",
        BoardSlaFilter.Breached => "Breached",
        BoardSlaFilter.Paused => "Paused",
        BoardSlaFilter.OutsideBusinessHours => "Outside business hours",
        BoardSlaFilter.NoSla => "No SLA",
        BoardSlaFilter.DueToday => "Due today",
        _ => state.ToString(),
    };
}
