using HelpdeskDashboard.Features.Billing.Usage;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Platform;
using HelpdeskDashboard.Tests.Infrastructure;

namespace HelpdeskDashboard.Tests.Features.Billing.Usage;

public sealed class UsageCalculatorTests
{
    private static readonly TierCatalog Catalog = TestTiers.Catalog();
    private static readonly BillingMonth May = new(2026, 5);

    private static MonthlyUsage Compute(Tier tier, int support = 0, int change = 0, int nonBillable = 0, int purchased = 0,
        long purchaseCents = 0, int projects = 0, int carried = 0, int increment = 15) =>
        UsageCalculator.Compute(new MonthlyUsageInput
        {
            Month = May,
            Tier = Catalog.Get(tier),
            SupportMinutes = support,
            ChangeRequestMinutes = change,
            NonBillableMinutes = nonBillable,
            PurchasedMinutes = purchased,
            PurchasesCents = purchaseCents,
            NewProjectRequests = projects,
            CarriedOverMinutes = carried,
        }, increment);

    public static TheoryData<string, Tier, int, int, int, int, long> Overage => new()
    {
        // label, tier, billable support minutes, remaining, overage, billed overage, overage cents (75 €/h)
        { "Gold within its 4 h", Tier.Gold, 150, 90, 0, 0, 0 },
        { "Gold exactly at 4 h", Tier.Gold, 240, 0, 0, 0, 0 },
        { "Gold 1 min over is billed as a started quarter hour", Tier.Gold, 241, 0, 1, 15, 18_75 },
        { "Gold 15 min over is one quarter hour", Tier.Gold, 255, 0, 15, 15, 18_75 },
        { "Gold 16 min over is two quarter hours", Tier.Gold, 256, 0, 16, 30, 37_50 },
        { "Platinum within 10 h", Tier.Platinum, 599, 1, 0, 0, 0 },
        { "Basic: every billable minute is charged", Tier.Basic, 90, 0, 90, 90, 112_50 },
        { "Basic: 1 min is a quarter hour", Tier.Basic, 1, 0, 1, 15, 18_75 },
        { "Basic with nothing logged costs nothing", Tier.Basic, 0, 0, 0, 0, 0 },
    };

    [Theory]
    [MemberData(nameof(Overage))]
    public void Overage_is_rounded_up_per_started_quarter_hour_and_priced_at_the_extra_hour_rate(
        string label, Tier tier, int support, int remaining, int overage, int billed, long cents)
    {
        _ = label;
        var usage = Compute(tier, support);

        Assert.Equal((remaining, overage, billed, cents), (usage.RemainingMinutes, usage.OverageMinutes, usage.BilledOverageMinutes, usage.OverageCost.Cents));
    }

    [Fact]
    public void Purchased_hours_add_to_the_allowance_and_to_the_statement()
    {
        var usage = Compute(Tier.Gold, support: 5 * 60, purchased: 2 * 60, purchaseCents: 150_00);

        Assert.Equal(6 * 60, usage.AllowanceMinutes);
        Assert.Equal(60, usage.RemainingMinutes);
        Assert.Equal(0, usage.OverageMinutes);
        Assert.Equal(150_00, usage.Total.Cents);
    }

    [Fact]
    public void Change_request_time_is_charged_at_the_change_rate_and_leaves_the_allowance_alone()
    {
        var usage = Compute(Tier.Gold, support: 60, change: 50);

        Assert.Equal(180, usage.RemainingMinutes);
        Assert.Equal(60, usage.BilledChangeRequestMinutes);
        Assert.Equal(75_00, usage.ChangeRequestCost.Cents);
    }

    [Theory]
    [InlineData("Basic pays the new-project fee per request", Tier.Basic, 2, 400_00)]
    [InlineData("Gold has new projects included", Tier.Gold, 2, 0)]
    [InlineData("Platinum has new projects included", Tier.Platinum, 1, 0)]
    public void New_project_requests_cost_the_tier_fee(string label, Tier tier, int projects, long cents)
    {
        _ = label;
        Assert.Equal(cents, Compute(tier, projects: projects).ProjectFees.Cents);
    }

    [Fact]
    public void Non_billable_time_counts_for_nothing()
    {
        var usage = Compute(Tier.Basic, nonBillable: 600);

        Assert.Equal((0, 0L), (usage.UsedMinutes, usage.Total.Cents));
    }

    [Fact]
    public void Total_adds_overage_change_requests_fees_and_purchases()
    {
        var usage = Compute(Tier.Basic, support: 60, change: 30, projects: 1, purchased: 0, purchaseCents: 0);

        Assert.Equal(75_00 + 37_50 + 200_00, usage.Total.Cents);
    }

    [Theory]
    [InlineData("exact minutes", 1, 241, 1, 1_25)]
    [InlineData("started hours", 60, 241, 60, 75_00)]
    [InlineData("started 6-minute blocks", 6, 247, 12, 15_00)]
    public void The_billing_increment_is_configurable(string label, int increment, int support, int billed, long cents)
    {
        _ = label;
        var usage = Compute(Tier.Gold, support, increment: increment);

        Assert.Equal((billed, cents), (usage.BilledOverageMinutes, usage.OverageCost.Cents));
    }

    [Fact]
    public void A_rate_that_does_not_divide_into_minutes_is_rounded_up_to_the_whole_cent()
    {
        // 1 minute at €1.00 per hour is 1.67 cents: the customer pays 2 cents, never a fraction.
        Assert.Equal(2, UsageCalculator.Price(1, new Money(100)).Cents);
        Assert.Equal(100, UsageCalculator.Price(60, new Money(100)).Cents);
    }

    [Theory]
    [InlineData("under 75 %", 179, null)]
    [InlineData("exactly 75 %", 180, 75)]
    [InlineData("just under 100 %", 239, 75)]
    [InlineData("exactly 100 %", 240, 100)]
    [InlineData("over", 400, 100)]
    public void Alert_thresholds_are_75_and_100_percent_of_the_allowance(string label, int support, int? threshold)
    {
        _ = label;
        Assert.Equal(threshold, Compute(Tier.Gold, support).ReachedThreshold);
    }

    [Fact]
    public void Basic_without_purchases_has_no_allowance_and_so_no_alerts()
    {
        Assert.Null(Compute(Tier.Basic, support: 600).ReachedThreshold);
    }

    [Theory]
    [InlineData("Expire", 0)]
    [InlineData("NextMonth", 90)]
    public void Unused_hours_expire_unless_the_carry_over_rule_is_on(string rule, int carried)
    {
        var april = Compute(Tier.Gold, support: 150);

        Assert.Equal(carried, UsageCalculator.UnusedForNextMonth(april, Enum.Parse<UnusedHoursRule>(rule)));
    }

    [Fact]
    public void Carried_over_minutes_add_to_the_allowance()
    {
        Assert.Equal(240 + 90, Compute(Tier.Gold, carried: 90).AllowanceMinutes);
    }
}
