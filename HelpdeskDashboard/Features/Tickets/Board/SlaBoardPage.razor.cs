using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Notifications;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tiers;
using Microsoft.AspNetCore.Components;
using MudBlazor;

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

    private MudDataGrid<BoardRow>? _grid;
    private BoardCountersBar? _countersBar;
    private BoardFilter _filter = new(BoardScope.Mine);
    private string? _searchText;
    private TimeZoneInfo _zone = TimeZoneInfo.Utc;
    private CurrentUserInfo _user = CurrentUserInfo.Anonymous;
    private bool _isManager;
    private IDisposable? _changes;
    private Debouncer? _reloadOnChange;
    private Debouncer? _searchAfterTyping;

    [Inject]
    private IBoardQuery Board { get; set; } = default!;

    [Inject]
    private ICurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private BusinessCalendar Calendar { get; set; } = default!;

    [Inject]
    private TicketChangeHub Changes { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        // ICurrentUser carries no personal zone yet, so times show in the company's zone.
        _zone = Calendar.TimeZone;
        _reloadOnChange = new Debouncer(Time, ChangeDebounce, () => Hand(ReloadAsync));
        _searchAfterTyping = new Debouncer(Time, SearchDebounce, () => Hand(ApplySearchAsync));
        _changes = Changes.Subscribe(OnTicketChanged);

        _user = await CurrentUser.GetAsync();
        _isManager = await CurrentUser.IsAuthorizedAsync(Policies.Manager);
    }

    public void Dispose()
    {
        _changes?.Dispose();
        _reloadOnChange?.Dispose();
        _searchAfterTyping?.Dispose();
    }

    private async Task<GridData<BoardRow>> LoadPageAsync(GridState<BoardRow> state, CancellationToken cancellationToken)
    {
        var page = await Board.GetPageAsync(_filter, state.Page * state.PageSize, state.PageSize, cancellationToken);
        _countersBar?.Show(page.Counters, page.AsOf);
        return new GridData<BoardRow> { Items = page.Rows, TotalItems = page.TotalCount };
    }

    // Only the id travels through the hub; whatever changed is read afresh through the board query.
    private Task OnTicketChanged(TicketChanged change)
    {
        _reloadOnChange?.Trigger();
        return Task.CompletedTask;
    }

    private Task SetScopeAsync(BoardScope scope) => ApplyAsync(_filter with { Scope = scope });

    private Task SetTierAsync(Tier? tier) => ApplyAsync(_filter with { Tier = tier });

    private Task SetSlaAsync(BoardSlaFilter sla) => ApplyAsync(_filter with { Sla = sla });

    private void SearchTyped(string? text)
    {
        _searchText = text;
        _searchAfterTyping?.Trigger();
    }

    private Task ApplySearchAsync() =>
        ApplyAsync(_filter with { Search = string.IsNullOrWhiteSpace(_searchText) ? null : _searchText.Trim() });

    private async Task ApplyAsync(BoardFilter filter)
    {
        if (filter == _filter)
        {
            return;
        }

        _filter = filter;
        if (_grid is null)
        {
            return;
        }

        // A new filter starts on the first page; the current page number may not exist any more.
        if (_grid.CurrentPage != 0)
        {
            _grid.NavigateTo(Page.First);
        }

        await _grid.ReloadServerData();
    }

    private async Task ReloadAsync()
    {
        if (_grid is not null)
        {
            await _grid.ReloadServerData();
        }
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

    private static string TierChoice(Tier? tier) => tier is { } t ? TicketText.Tier(t) : "All tiers";

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

    private static Color TierColor(Tier tier) => tier switch
    {
        Tier.Platinum => Color.Secondary,
        Tier.Gold => Color.Warning,
        _ => Color.Default,
    };
}
