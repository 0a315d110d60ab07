using System.Collections.Frozen;
using Microsoft.AspNetCore.Components.Rendering;

namespace HelpdeskDashboard.Features.Sla.Components;

/// <summary>
/// A countdown's markup, written in code so that a list of many countdowns (the board's rows) can render them inline
/// rather than as one component each: a component costs two render-tree arrays for as long as it is shown
/// (docs/capacity.md). <see cref="SlaCountdown"/> renders the same. Its classes are styled in app.css, since markup
/// written in code carries no CSS scope.
/// </summary>
public static class SlaCountdownMarkup
{
    /// <summary>
    /// Writes the countdown of <paramref name="loaded"/> showing <paramref name="view"/> into <paramref name="builder"/>:
    /// at most 13 frames, at sequence numbers 0 to 12, so a caller with content of its own wraps it in a region.
    /// </summary>
    public static void Render(RenderTreeBuilder builder, SlaCountdownView view, SlaReading loaded)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(loaded);

        // A clock that can still run is a timer; any other countdown is an image with a name.
        var live = loaded.Target is not null && !loaded.IsStopped;

        builder.OpenElement(0, "span");
        builder.AddAttribute(1, "class", Classes.GetValueOrDefault(view.Tone, NeutralClass));
        builder.AddAttribute(2, "data-tone", ToneNames.GetValueOrDefault(view.Tone, nameof(SlaTone.None)));
        builder.AddAttribute(3, "role", live ? "timer" : "img");
        builder.AddAttribute(4, "aria-label", view.Label);
        builder.AddAttribute(5, "title", view.Label);
        builder.AddMarkupContent(6, IconMarkup.GetValueOrDefault(view.Tone, IconMarkup[SlaTone.None]));
        builder.OpenElement(7, "span");
        builder.AddAttribute(8, "class", "sla-countdown__text");
        builder.AddContent(9, view.Text);
        builder.CloseElement();
        if (view.Badge is { } badge)
        {
            builder.OpenElement(10, "span");
            builder.AddAttribute(11, "class", "sla-countdown__badge");
            builder.AddContent(12, badge);
            builder.CloseElement();
        }

        builder.CloseElement();
    }

    /// <summary>The text colour of a tone (a MudBlazor palette class).</summary>
    public static string ToneClass(SlaTone tone) => tone switch
    {
        SlaTone.OnTrack or SlaTone.Met => "mud-success-text",
        SlaTone.AtRisk => "mud-warning-text",
        SlaTone.Breached => "mud-error-text",
        SlaTone.Paused => "mud-info-text",
        _ => "mud-text-secondary",
    };

    private static string IconPath(SlaTone tone) => tone switch
    {
        SlaTone.OnTrack => MudBlazor.Icons.Material.Filled.Schedule,
        SlaTone.AtRisk => MudBlazor.Icons.Material.Filled.Warning,
        SlaTone.Breached => MudBlazor.Icons.Material.Filled.Error,
        SlaTone.Paused => MudBlazor.Icons.Material.Filled.PauseCircle,
        SlaTone.OutsideHours => MudBlazor.Icons.Material.Filled.Bedtime,
        SlaTone.Met => MudBlazor.Icons.Material.Filled.CheckCircle,
        _ => MudBlazor.Icons.Material.Filled.RemoveCircleOutline,
    };

    // Built once per tone: attribute values and the icon cost each countdown a reference, not a string per render.
    private static readonly string NeutralClass = "sla-countdown " + ToneClass(SlaTone.None);

    private static readonly FrozenDictionary<SlaTone, string> Classes =
        Enum.GetValues<SlaTone>().ToFrozenDictionary(tone => tone, tone => "sla-countdown " + ToneClass(tone));

    private static readonly FrozenDictionary<SlaTone, string> ToneNames =
        Enum.GetValues<SlaTone>().ToFrozenDictionary(tone => tone, tone => tone.ToString());

    // The icon repeats the words (aria-hidden); the whole element is one markup frame.
    private static readonly FrozenDictionary<SlaTone, string> IconMarkup = Enum.GetValues<SlaTone>().ToFrozenDictionary(
        tone => tone,
        tone => "<svg class=\"sla-countdown__icon mud-icon-root mud-svg-icon mud-icon-size-small\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" focusable=\"false\">"
            + IconPath(tone) + "</svg>");
}
