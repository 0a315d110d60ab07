namespace HelpdeskDashboard.Features.Sla;

/// <summary>Reads response clocks at the current instant of the injected <see cref="TimeProvider"/>.</summary>
public sealed class SlaService(SlaEngine engine, TimeProvider timeProvider)
{
    public SlaReading Read(IEnumerable<SlaClockEvent> events) => engine.Read(events, timeProvider.GetUtcNow());

    public SlaTimeline Timeline(IEnumerable<SlaClockEvent> events) => engine.Timeline(events, timeProvider.GetUtcNow());
}
