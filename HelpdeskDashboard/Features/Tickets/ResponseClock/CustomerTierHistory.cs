using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Tiers;

namespace HelpdeskDashboard.Features.Tickets.ResponseClock;

/// <summary>
/// The tier a customer held at an instant: the current tier from the moment it was set (which covers a mid-quarter
/// change such as a new subscription); before that, the tier decided for the calendar quarter (company time zone)
/// containing the instant; the current tier when no decision covers it.
/// </summary>
public sealed class CustomerTierHistory
{
    private readonly Tier _currentTier;
    private readonly long _currentSinceUtcTicks;
    private readonly Dictionary<(int Year, int Quarter), Tier> _byQuarter;
    private readonly TimeZoneInfo _companyZone;

    public CustomerTierHistory(Tier currentTier, long currentSinceUtcTicks, IEnumerable<TierAssignment> assignments, TimeZoneInfo companyZone)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        ArgumentNullException.ThrowIfNull(companyZone);
        _currentTier = currentTier;
        _currentSinceUtcTicks = currentSinceUtcTicks;
        _companyZone = companyZone;
        _byQuarter = assignments.ToDictionary(a => (a.Year, a.Quarter), a => a.Tier);
    }

    public static CustomerTierHistory Of(Customer customer, IEnumerable<TierAssignment> assignments, TimeZoneInfo companyZone)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return new CustomerTierHistory(customer.CurrentTier, customer.TierSinceUtcTicks, assignments, companyZone);
    }

    /// <summary>Only the current tier is known; every instant gets it.</summary>
    public static CustomerTierHistory CurrentOnly(Tier currentTier) => new(currentTier, long.MinValue, [], TimeZoneInfo.Utc);

    public Tier At(DateTimeOffset instant)
    {
        if (instant.UtcTicks >= _currentSinceUtcTicks)
        {
            return _currentTier;
        }

        var local = TimeZoneInfo.ConvertTime(instant, _companyZone);
        return _byQuarter.TryGetValue((local.Year, ((local.Month - 1) / 3) + 1), out var tier) ? tier : _currentTier;
    }
}
