using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Sla.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace HelpdeskDashboard.Features.Tickets.Board.Rendering;

/// <summary>
/// The board's rows, with each row's live SLA countdown written inline (<see cref="SlaCountdownMarkup"/>) instead of as
/// an <see cref="SlaCountdown"/> component: a component keeps two render-tree arrays of at least 32 frames for as long
/// as it is shown, so fifty cost an open board about 190 KB, while the rows fit this component's two arrays of 1,024
/// frames (at most 19 frames a row). It subscribes to the <see cref="SlaTicker"/> itself: on a tick it works out the
/// rows' words off the circuit (<see cref="SlaCountdownViews"/>, shared with every board showing the same readings) and
/// renders only when a word changed; one render, one batch, one text edit per changed countdown (docs/capacity.md).
/// </summary>
public sealed class BoardRows : ComponentBase, IDisposable
{
    private Shown _shown = new([], [], TimeZoneInfo.Utc);
    private Shown? _rendered;
    private BoardRowView[]? _settledRows;
    private bool _settling;
    private IDisposable? _ticks;

    [Inject]
    private SlaTicker Ticker { get; set; } = default!;

    [Inject]
    private SlaCountdownViews Views { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    /// <summary>The rows of the current page.</summary>
    [Parameter, EditorRequired]
    public BoardRowView[] Rows { get; set; } = default!;

    /// <summary>The viewer's zone for "resumes Mon 00:00".</summary>
    [Parameter, EditorRequired]
    public TimeZoneInfo TimeZone { get; set; } = default!;

    protected override void OnInitialized() => _ticks = Ticker.Subscribe(OnTick);

    protected override void OnParametersSet()
    {
        ArgumentNullException.ThrowIfNull(Rows);
        ArgumentNullException.ThrowIfNull(TimeZone);

        var before = Volatile.Read(ref _shown);
        if (ReferenceEquals(Rows, before.Rows) && ReferenceEquals(TimeZone, before.Zone))
        {
            // The table's settling render after a new page (BoardTable): render once more, in the same batch, so the
            // previous render tree no longer holds the previous page's cells.
            if (!ReferenceEquals(_settledRows, Rows) && ReferenceEquals(_rendered?.Rows, Rows))
            {
                _settledRows = Rows;
                _settling = true;
            }

            return;
        }

        var now = Time.GetUtcNow();
        var views = new SlaCountdownView[Rows.Length];
        for (var i = 0; i < Rows.Length; i++)
        {
            // A row the board kept (BoardRowView.KeepUnchanged) keeps its words until the next tick.
            views[i] = ReferenceEquals(TimeZone, before.Zone) && ShownFor(before, Rows[i].Sla, i) is { } kept
                ? kept
                : Views.Describe(Rows[i].Sla, now, TimeZone, SlaAudience.Team);
        }

        Volatile.Write(ref _shown, new Shown(Rows, views, TimeZone));
    }

    protected override bool ShouldRender() => _settling || !ReferenceEquals(Volatile.Read(ref _shown), _rendered);

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        // What this render shows: a tick may replace _shown on the ticker's thread meanwhile.
        var shown = _rendered = Volatile.Read(ref _shown);
        _settling = false;
        for (var i = 0; i < shown.Rows.Length; i++)
        {
            var row = shown.Rows[i];
            builder.OpenElement(0, "tr");
            builder.SetKey(row.Key);
            builder.AddAttribute(1, "data-ticket", row.Key);
            builder.AddMarkupContent(2, row.Cells.Value);
            builder.OpenElement(3, "td");
            builder.AddAttribute(4, "class", "board-table__sla");
            builder.OpenRegion(5);
            SlaCountdownMarkup.Render(builder, shown.Views[i], row.Sla);
            builder.CloseRegion();
            builder.CloseElement();
            builder.CloseElement();
        }
    }

    public void Dispose()
    {
        _ticks?.Dispose();
        _ticks = null;
    }

    // On the ticker's thread: only a changed word costs a render.
    private void OnTick(DateTimeOffset now)
    {
        var before = Volatile.Read(ref _shown);
        SlaCountdownView[]? views = null;
        for (var i = 0; i < before.Rows.Length; i++)
        {
            var view = Views.At(before.Rows[i].Sla, now, before.Zone, SlaAudience.Team);
            if (views is null)
            {
                if (view == before.Views[i])
                {
                    continue;
                }

                views = [.. before.Views];
            }

            views[i] = view;
        }

        // A reload may have replaced the rows meanwhile; its words win.
        if (views is not null && ReferenceEquals(Interlocked.CompareExchange(ref _shown, before with { Views = views }, before), before))
        {
            _ = InvokeAsync(StateHasChanged);
        }
    }

    private static SlaCountdownView? ShownFor(Shown shown, SlaReading reading, int index)
    {
        if (index < shown.Rows.Length && ReferenceEquals(shown.Rows[index].Sla, reading))
        {
            return shown.Views[index];
        }

        var at = Array.FindIndex(shown.Rows, row => ReferenceEquals(row.Sla, reading));
        return at < 0 ? null : shown.Views[at];
    }

    private sealed record Shown(BoardRowView[] Rows, SlaCountdownView[] Views, TimeZoneInfo Zone);
}
