using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tiers;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Features.Tickets.ResponseClock;

/// <summary>
/// A ticket's response clock from its stored history: builds the events (targets from the tier catalogue, the
/// recorded one for the current clock), reads them with the <see cref="SlaEngine"/> and keeps the ticket's
/// denormalised SLA columns in step. Stateless; a singleton.
/// </summary>
public sealed class TicketClock(SlaEngine engine, BusinessCalendar calendar, TierCatalog catalog, IOptions<SlaOptions> options)
{
    public double AtRiskShare { get; } = options.Value.AtRiskShare;

    public BusinessCalendar Calendar => calendar;

    public IReadOnlyList<SlaClockEvent> Events(
        Ticket ticket, CustomerTierHistory tiers, IEnumerable<TicketMessage> messages, IEnumerable<TicketStatusChange> statusChanges) =>
        TicketSlaEvents.From(messages, statusChanges, ResponseTargets.For(ticket, tiers, catalog));

    /// <summary>For a ticket known by its recorded clock columns only (a board row).</summary>
    public IReadOnlyList<SlaClockEvent> Events(
        long? recordedStartUtcTicks, long? recordedTargetTicks, CustomerTierHistory tiers,
        IEnumerable<TicketMessage> messages, IEnumerable<TicketStatusChange> statusChanges) =>
        TicketSlaEvents.From(messages, statusChanges, ResponseTargets.For(recordedStartUtcTicks, recordedTargetTicks, tiers, catalog));

    public SlaReading Read(IEnumerable<SlaClockEvent> events, DateTimeOffset now) => engine.Read(events, now);

    /// <summary>One reading per clock, oldest first.</summary>
    public IReadOnlyList<SlaReading> ReadAll(IEnumerable<SlaClockEvent> events, DateTimeOffset now) => engine.ReadAll(events, now);

    public SlaTimeline Timeline(IEnumerable<SlaClockEvent> events, DateTimeOffset now) => engine.Timeline(events, now);

    /// <summary>Reads the clock at <paramref name="now"/> and stores the result in the ticket's SLA columns.</summary>
    public SlaReading Record(Ticket ticket, IEnumerable<SlaClockEvent> events, DateTimeOffset now)
    {
        var reading = engine.Read(events, now);
        TicketSlaFields.Apply(ticket, reading, calendar, AtRiskShare);
        return reading;
    }
}
