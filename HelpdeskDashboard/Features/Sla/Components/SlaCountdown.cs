using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace HelpdeskDashboard.Features.Sla.Components;

/// <summary>
/// A live SLA countdown for one reading; the reading is moved forward on every tick of the shared <see cref="SlaTicker"/>,
/// through the circuit's <see cref="SlaCountdownGroup"/>, which renders all countdowns changed by a tick in one batch.
/// </summary>
public sealed class SlaCountdown : ComponentBase, IDisposable
{
    private Shown _shown = new(new SlaReading { AsOf = DateTimeOffset.MinValue, State = SlaState.NoSla }, Blank);
    private Shown? _rendered;
    private TimeZoneInfo? _shownZone;
    private IDisposable? _membership;

    private static readonly SlaCountdownView Blank = new(SlaTone.None, "", null, "");

    [Inject]
    private SlaCountdownGroup Group { get; set; } = default!;

    [Inject]
    private SlaCountdownViews Views { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    /// <summary>The reading as loaded; a new instance (after a reload) restarts the countdown from it.</summary>
    [Parameter, EditorRequired]
    public SlaReading Reading { get; set; } = default!;

    /// <summary>The viewer's zone for "resumes Mon 00:00".</summary>
    [Parameter, EditorRequired]
    public TimeZoneInfo TimeZone { get; set; } = default!;

    /// <summary>The customer reads "you", the team "the customer".</summary>
    [Parameter]
    public SlaAudience Audience { get; set; }

    /// <summary>Disposed components are skipped by the group (it works off the circuit and may hold one for a moment).</summary>
    internal bool IsDisposed { get; private set; }

    protected override void OnInitialized() => _membership = Group.Join(this);

    protected override void OnParametersSet()
    {
        ArgumentNullException.ThrowIfNull(Reading);
        ArgumentNullException.ThrowIfNull(TimeZone);

        // A list renders again with the same readings; only a new reading or zone restarts.
        if (!ReferenceEquals(Reading, _shown.Loaded) || !ReferenceEquals(TimeZone, _shownZone))
        {
            _shownZone = TimeZone;
            _shown = new Shown(Reading, Views.Describe(Reading, Time.GetUtcNow(), TimeZone, Audience));
        }
    }

    protected override bool ShouldRender() => !ReferenceEquals(Volatile.Read(ref _shown), _rendered);

    // Re-renders itself (and nothing else) when its words change. Plain markup with an inline icon and no child
    // components, the same as the board's rows write inline (SlaCountdownMarkup).
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        var shown = Rendering();
        SlaCountdownMarkup.Render(builder, shown.View, shown.Loaded);
    }

    // What this render shows: ticks may replace _shown on another thread meanwhile. The countdowns changed by the
    // same tick join this render's batch.
    private Shown Rendering()
    {
        Group.RenderOthersWith(this);
        return _rendered = Volatile.Read(ref _shown);
    }

    public void Dispose()
    {
        IsDisposed = true;
        _membership?.Dispose();
        _membership = null;
    }

    /// <summary>On the ticker's thread: works out the words at <paramref name="now"/>; true when they changed and need a render.</summary>
    internal bool Advance(DateTimeOffset now)
    {
        var before = Volatile.Read(ref _shown);
        var view = Views.At(before.Loaded, now, TimeZone, Audience);

        // A reload may have replaced the reading meanwhile; its words win.
        return view != before.View
            && ReferenceEquals(Interlocked.CompareExchange(ref _shown, before with { View = view }, before), before);
    }

    /// <summary>Runs <paramref name="work"/> on this countdown's circuit.</summary>
    internal void Dispatch(Action work) => _ = InvokeAsync(work);

    /// <summary>On the circuit: renders the words <see cref="Advance"/> worked out.</summary>
    internal void Rerender() => StateHasChanged();

    private sealed record Shown(SlaReading Loaded, SlaCountdownView View);
}
