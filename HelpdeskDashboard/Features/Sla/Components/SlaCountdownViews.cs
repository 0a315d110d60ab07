using System.Runtime.CompilerServices;

namespace HelpdeskDashboard.Features.Sla.Components;

/// <summary>
/// A countdown's words at a tick, worked out once for every countdown of the same reading in the same zone. Boards in
/// the same view hold the same reading instances (SharedBoardPages, BoardRowView.For), so at 500 open boards a tick
/// describes each of a view's 50 readings once instead of 500 times, and the boards share the strings
/// (docs/capacity.md). A singleton: views are immutable, and an entry lives as long as its reading.
/// </summary>
public sealed class SlaCountdownViews(SlaEngine engine)
{
    private readonly ConditionalWeakTable<SlaReading, Said> _said = [];

    /// <summary>What a countdown of <paramref name="loaded"/> says at <paramref name="now"/>, for a viewer in <paramref name="zone"/>.</summary>
    public SlaCountdownView At(SlaReading loaded, DateTimeOffset now, TimeZoneInfo zone, SlaAudience audience)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(zone);

        // Only the last tick is kept per reading: every countdown asks with the tick's one instant.
        if (_said.TryGetValue(loaded, out var said) && said.Now == now && said.Audience == audience && said.ZoneId == zone.Id)
        {
            return said.View;
        }

        var view = Describe(loaded, now, zone, audience);
        _said.AddOrUpdate(loaded, new Said(now, zone.Id, audience, view));
        return view;
    }

    /// <summary>
    /// What a countdown of <paramref name="loaded"/> says at <paramref name="now"/>, worked out afresh: for a countdown
    /// that starts between two ticks, whose instant no other countdown shares.
    /// </summary>
    public SlaCountdownView Describe(SlaReading loaded, DateTimeOffset now, TimeZoneInfo zone, SlaAudience audience) =>
        SlaCountdownText.Describe(engine.Advance(loaded, now), zone, audience);

    private sealed record Said(DateTimeOffset Now, string ZoneId, SlaAudience Audience, SlaCountdownView View);
}
