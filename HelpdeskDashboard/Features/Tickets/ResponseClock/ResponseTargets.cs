using HelpdeskDashboard.Features.Tiers;

namespace HelpdeskDashboard.Features.Tickets.ResponseClock;

/// <summary>Which response target a clock gets when a customer message starts it.</summary>
public static class ResponseTargets
{
    /// <summary>
    /// The target recorded on the ticket for the clock that started at <see cref="Ticket.ResponseClockStartedUtcTicks"/>
    /// (so a later change of the tier catalogue does not move a running deadline); for any other instant the catalogue's
    /// target of the customer's tier at that instant. The ticket's fields are read once, now: later changes to the ticket do not affect the function.
    /// </summary>
    public static Func<DateTimeOffset, TimeSpan?> For(Ticket ticket, CustomerTierHistory tiers, TierCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return For(ticket.ResponseClockStartedUtcTicks, ticket.ResponseTargetTicks, tiers, catalog);
    }

    /// <param name="recordedStartUtcTicks">The ticket's <see cref="Ticket.ResponseClockStartedUtcTicks"/>.</param>
    /// <param name="recordedTargetTicks">The ticket's <see cref="Ticket.ResponseTargetTicks"/>.</param>
    public static Func<DateTimeOffset, TimeSpan?> For(
        long? recordedStartUtcTicks, long? recordedTargetTicks, CustomerTierHistory tiers, TierCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(tiers);
        ArgumentNullException.ThrowIfNull(catalog);

        TimeSpan? recordedTarget = recordedTargetTicks is { } ticks ? new TimeSpan(ticks) : null;
        return at => at.UtcTicks == recordedStartUtcTicks ? recordedTarget : catalog.Get(tiers.At(at)).ResponseTarget;
    }
}
