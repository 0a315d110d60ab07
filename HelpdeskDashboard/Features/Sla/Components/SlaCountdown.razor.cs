using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace HelpdeskDashboard.Features.Sla.Components;

/// <summary>A live SLA countdown for one reading; the reading is moved forward on every tick of the shared <see cref="SlaTicker"/>.</summary>
public sealed partial class SlaCountdown : ComponentBase, IDisposable
{
    private Shown _shown = new(new SlaReading { AsOf = DateTimeOffset.MinValue, State = SlaState.NoSla }, Blank);
    private IDisposable? _subscription;

    private static readonly SlaCountdownView Blank = new(SlaTone.None, "", null, "");

    [Inject]
    private SlaTicker Ticker { get; set; } = default!;

    [Inject]
    private SlaEngine Engine { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    /// <summary>The reading as loaded; a new instance (after a reload) restarts the countdown from it.</summary>
    [Parameter, EditorRequired]
    public SlaReading Reading { get; set; } = default!;

    /// <summary>The viewer's zone for "resumes Mon 00:00".</summary>
    [Parameter, EditorRequired]
    public TimeZoneInfo TimeZone { get; set; } = default!;

    private bool IsLive => _shown.Loaded.Target is not null && !_shown.Loaded.IsStopped;

    protected override void OnInitialized() => _subscription = Ticker.Subscribe(OnTick);

    protected override void OnParametersSet()
    {
        ArgumentNullException.ThrowIfNull(Reading);
        ArgumentNullException.ThrowIfNull(TimeZone);
        _shown = new Shown(Reading, Describe(Reading, Time.GetUtcNow()));
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _subscription = null;
    }

    // Runs on the ticker's thread: work out the words here and only hand a render to the circuit when they changed.
    private void OnTick(DateTimeOffset now)
    {
        var before = Volatile.Read(ref _shown);
        var view = Describe(before.Loaded, now);
        if (view == before.View)
        {
            return;
        }

        // A reload may have replaced the reading meanwhile; its words win.
        if (ReferenceEquals(Interlocked.CompareExchange(ref _shown, before with { View = view }, before), before))
        {
            _ = InvokeAsync(StateHasChanged);
        }
    }

    private SlaCountdownView Describe(SlaReading loaded, DateTimeOffset now) =>
        SlaCountdownText.Describe(Engine.Advance(loaded, now), TimeZone);

    internal static string ToneClass(SlaTone tone) => tone switch
    {
        SlaTone.OnTrack or SlaTone.Met => "mud-success-text",
        SlaTone.AtRisk => "mud-warning-text",
        SlaTone.Breached => "mud-error-text",
        SlaTone.Paused => "mud-info-text",
        _ => "mud-text-secondary",
    };

    internal static string ToneIcon(SlaTone tone) => tone switch
    {
        SlaTone.OnTrack => Icons.Material.Filled.Schedule,
        SlaTone.AtRisk => Icons.Material.Filled.Warning,
        SlaTone.Breached => Icons.Material.Filled.Error,
        SlaTone.Paused => Icons.Material.Filled.PauseCircle,
        SlaTone.OutsideHours => Icons.Material.Filled.Bedtime,
        SlaTone.Met => Icons.Material.Filled.CheckCircle,
        _ => Icons.Material.Filled.RemoveCircleOutline,
    };

    private sealed record Shown(SlaReading Loaded, SlaCountdownView View);
}
