using HelpdeskDashboard.Features.Billing.Usage;
using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Platform.Time;

namespace HelpdeskDashboard.Tests.Features.Billing.Usage;

public sealed class TierForMonthTests
{
    private static readonly CompanyClock Berlin = new(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), TimeProvider.System);

    private static Customer Customer(Tier current, DateTimeOffset since, SubscriptionPlan plan = SubscriptionPlan.None,
        DateTimeOffset? subscribed = null, DateTimeOffset? ended = null) => new()
        {
            CompanyName = "Test GmbH",
            ContactEmail = "it@test.example",
            Country = "DE",
            DisplayTimeZone = "Europe/Berlin",
            CurrentTier = current,
            TierSinceUtcTicks = since.UtcTicks,
            SubscriptionTier = plan,
            SubscriptionStartUtcTicks = subscribed?.UtcTicks,
            SubscriptionEndUtcTicks = ended?.UtcTicks,
        };

    private static TierAssignment Assignment(int year, int quarter, Tier tier, TierAssignmentReason reason = TierAssignmentReason.Turnover) =>
        new() { Year = year, Quarter = quarter, Tier = tier, Reason = reason };

    private static DateTimeOffset Berlin2026(int month, int day, int hour = 0) => new(2026, month, day, hour, 0, 0, TimeSpan.FromHours(month is > 3 and < 11 ? 2 : 1));

    [Fact]
    public void The_quarters_assignment_decides_every_month_of_the_quarter()
    {
        var customer = Customer(Tier.Platinum, Berlin2026(4, 1));
        var q1 = Assignment(2026, 1, Tier.Gold);

        Assert.All(new[] { 1, 2, 3 }, month =>
            Assert.Equal(new TierHeld(Tier.Gold, TierSource.QuarterlyDecision, TierAssignmentReason.Turnover),
                TierForMonth.Resolve(new BillingMonth(2026, month), q1, customer, Berlin)));
    }

    [Fact]
    public void At_a_quarter_boundary_march_keeps_the_old_tier_and_april_gets_the_new_one()
    {
        var customer = Customer(Tier.Platinum, Berlin2026(4, 1, 0));

        Assert.Equal(Tier.Gold, TierForMonth.Resolve(new BillingMonth(2026, 3), Assignment(2026, 1, Tier.Gold), customer, Berlin).Tier);
        Assert.Equal(Tier.Platinum, TierForMonth.Resolve(new BillingMonth(2026, 4), Assignment(2026, 2, Tier.Platinum), customer, Berlin).Tier);
    }

    [Fact]
    public void A_subscription_bought_mid_quarter_lifts_the_tier_from_its_first_month_on()
    {
        var customer = Customer(Tier.Gold, Berlin2026(2, 15), SubscriptionPlan.Gold, subscribed: Berlin2026(2, 15, 9));
        var q1 = Assignment(2026, 1, Tier.Basic);

        Assert.Equal(Tier.Basic, TierForMonth.Resolve(new BillingMonth(2026, 1), q1, customer, Berlin).Tier);
        Assert.Equal(new TierHeld(Tier.Gold, TierSource.Subscription, null), TierForMonth.Resolve(new BillingMonth(2026, 2), q1, customer, Berlin));
        Assert.Equal(Tier.Gold, TierForMonth.Resolve(new BillingMonth(2026, 3), q1, customer, Berlin).Tier);
    }

    [Fact]
    public void A_subscription_that_ended_before_the_month_no_longer_counts()
    {
        var customer = Customer(Tier.Basic, Berlin2026(1, 1), SubscriptionPlan.Platinum, subscribed: Berlin2026(1, 1), ended: Berlin2026(2, 1));

        Assert.Equal(Tier.Platinum, TierForMonth.Resolve(new BillingMonth(2026, 1), Assignment(2026, 1, Tier.Basic), customer, Berlin).Tier);
        Assert.Equal(Tier.Basic, TierForMonth.Resolve(new BillingMonth(2026, 2), Assignment(2026, 1, Tier.Basic), customer, Berlin).Tier);
    }

    [Fact]
    public void A_subscription_never_lowers_a_higher_quarterly_tier()
    {
        var customer = Customer(Tier.Platinum, Berlin2026(1, 1), SubscriptionPlan.Gold, subscribed: Berlin2026(1, 1));

        Assert.Equal(TierSource.QuarterlyDecision, TierForMonth.Resolve(new BillingMonth(2026, 2), Assignment(2026, 1, Tier.Platinum), customer, Berlin).Source);
    }

    [Fact]
    public void Without_an_assignment_the_current_tier_counts_if_it_was_held_before_the_month_ended()
    {
        var customer = Customer(Tier.Gold, Berlin2026(5, 20));

        Assert.Equal(new TierHeld(Tier.Gold, TierSource.CurrentTier, null), TierForMonth.Resolve(new BillingMonth(2026, 5), null, customer, Berlin));
        Assert.Equal(new TierHeld(Tier.Basic, TierSource.Basic, null), TierForMonth.Resolve(new BillingMonth(2026, 4), null, customer, Berlin));
    }
}
