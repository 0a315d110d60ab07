using CsCheck;
using HelpdeskDashboard.Features.Billing.Usage;
using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Platform;
using HelpdeskDashboard.Tests.Infrastructure;

namespace HelpdeskDashboard.Tests.Features.Billing.Usage;

public sealed class StatementBreakdownTests
{
    private static readonly TierCatalog Catalog = TestTiers.Catalog();

    private static MonthlyUsage Usage(Tier tier, int support = 0, int change = 0, int projects = 0, int purchased = 0, long purchaseCents = 0,
        int carried = 0, PaidSubscription? subscription = null) =>
        UsageCalculator.Compute(new MonthlyUsageInput
        {
            Month = new BillingMonth(2026, 11),
            Tier = Catalog.Get(tier),
            SupportMinutes = support,
            ChangeRequestMinutes = change,
            NewProjectRequests = projects,
            PurchasedMinutes = purchased,
            PurchasesCents = purchaseCents,
            CarriedOverMinutes = carried,
            Subscription = subscription,
        }, 15);

    public static TheoryData<string, MonthlyUsage, string> Months => new()
    {
        // label, month, expected lines as "kind quantity rate = amount" (the total is checked separately)
        {
            "issue 14: 45 min of 4 h used; the €468.75 is 6 h 11 min of change-request work, billed as 6 h 15 min",
            Usage(Tier.Gold, support: 45, change: 371),
            "IncludedHours 45 min  = included | Overage 0 min €75.00 per hour = €0.00 | ChangeRequests 6 h 15 min €75.00 per hour = €468.75"
                + " | ProjectFees 0 requests included = €0.00 | Purchases 0 min  = €0.00"
        },
        {
            "issue 14: 2 h 30 of 4 h used; the €787.50 is 10 h 30 min of change-request work",
            Usage(Tier.Gold, support: 150, change: 630),
            "IncludedHours 2 h 30 min  = included | Overage 0 min €75.00 per hour = €0.00 | ChangeRequests 10 h 30 min €75.00 per hour = €787.50"
                + " | ProjectFees 0 requests included = €0.00 | Purchases 0 min  = €0.00"
        },
        {
            "Gold 1 min over its 4 h pays a started quarter hour",
            Usage(Tier.Gold, support: 241),
            "IncludedHours 4 h  = included | Overage 15 min €75.00 per hour = €18.75 | ChangeRequests 0 min €75.00 per hour = €0.00"
                + " | ProjectFees 0 requests included = €0.00 | Purchases 0 min  = €0.00"
        },
        {
            "Basic has no included hours line: every billable minute and each project is charged",
            Usage(Tier.Basic, support: 61, projects: 2),
            "Overage 1 h 15 min €75.00 per hour = €93.75 | ChangeRequests 0 min €75.00 per hour = €0.00"
                + " | ProjectFees 2 requests €200.00 each = €400.00 | Purchases 0 min  = €0.00"
        },
        {
            "bought hours are a line of their own and widen the included hours",
            Usage(Tier.Gold, support: 300, purchased: 120, purchaseCents: 150_00),
            "IncludedHours 5 h  = included | Overage 0 min €75.00 per hour = €0.00 | ChangeRequests 0 min €75.00 per hour = €0.00"
                + " | ProjectFees 0 requests included = €0.00 | Purchases 2 h  = €150.00"
        },
        {
            "a paid subscription is a line that costs nothing here: it is billed with its own invoice",
            Usage(Tier.Gold, support: 30, subscription: new PaidSubscription(Catalog.Get(Tier.Gold), SubscriptionBilling.Yearly)),
            "IncludedHours 30 min  = included | Overage 0 min €75.00 per hour = €0.00 | ChangeRequests 0 min €75.00 per hour = €0.00"
                + " | ProjectFees 0 requests included = €0.00 | Purchases 0 min  = €0.00 | Subscription   = billed separately"
        },
    };

    [Theory]
    [MemberData(nameof(Months))]
    public void Each_charge_of_the_month_is_a_line_with_quantity_rate_and_amount(string label, MonthlyUsage usage, string expected)
    {
        _ = label;
        var lines = StatementBreakdown.For(usage).Lines.Select(l => $"{l.Kind} {l.QuantityText} {l.RateText} = {l.AmountText}");

        Assert.Equal(expected, string.Join(" | ", lines));
    }

    [Theory]
    [MemberData(nameof(Months))]
    public void The_total_is_the_sum_of_the_lines_and_the_months_total(string label, MonthlyUsage usage, string expected)
    {
        _ = (label, expected);
        var breakdown = StatementBreakdown.For(usage);

        Assert.Equal(usage.Total, breakdown.Total);
        Assert.Equal(breakdown.Lines.Sum(l => l.Amount.Cents), breakdown.Total.Cents);
    }

    [Fact]
    public void The_total_is_the_sum_of_the_lines_for_any_month()
    {
        var tiers = Enum.GetValues<Tier>();
        Gen.Select(Gen.Int[0, tiers.Length - 1], Gen.Int[0, 3000], Gen.Int[0, 3000], Gen.Int[0, 5], Gen.Int[0, 40], Gen.Int[0, 600], Gen.Bool)
            .Sample((tier, support, change, projects, hours, carried, subscribed) =>
            {
                var usage = Usage(tiers[tier], support, change, projects, hours * 60, hours * 75_00L, carried,
                    subscribed ? new PaidSubscription(Catalog.Get(Tier.Platinum), SubscriptionBilling.Monthly) : null);
                var breakdown = StatementBreakdown.For(usage);
                return breakdown.Total == usage.Total && breakdown.Lines.Sum(l => l.Amount.Cents) == usage.Total.Cents
                    && breakdown.Lines.Where(l => l.BilledSeparately || l.Kind == BreakdownLineKind.IncludedHours).All(l => l.Amount.IsZero);
            });
    }

    [Fact]
    public void The_subscription_line_says_where_and_how_often_it_is_billed()
    {
        var line = StatementBreakdown.For(Usage(Tier.Platinum, subscription: new PaidSubscription(Catalog.Get(Tier.Platinum), SubscriptionBilling.Monthly)))
            .Line(BreakdownLineKind.Subscription)!;

        Assert.Equal("Platinum subscription", line.Label);
        Assert.Equal("€500.00 a month, billed separately with your monthly subscription invoice; not part of this total", line.Detail);
    }

    [Theory]
    [InlineData("rounded change-request time says so", 371, "6 h 11 min logged, billed per started 15 min; charged separately, does not use the included hours")]
    [InlineData("whole quarter hours need no note", 630, "10 h 30 min logged; charged separately, does not use the included hours")]
    public void Change_request_detail_tells_logged_from_billed_time(string label, int change, string detail)
    {
        _ = label;
        Assert.Equal(detail, StatementBreakdown.For(Usage(Tier.Gold, change: change)).Line(BreakdownLineKind.ChangeRequests)!.Detail);
    }

    [Fact]
    public void Included_hours_detail_names_what_widened_them_and_what_is_left()
    {
        var line = StatementBreakdown.For(Usage(Tier.Gold, support: 45, purchased: 60, purchaseCents: 75_00, carried: 30))
            .Line(BreakdownLineKind.IncludedHours)!;

        Assert.Equal("of 4 h included + 1 h bought + 30 min carried over; 4 h 45 min left", line.Detail);
        Assert.Equal(Money.Zero, line.Amount);
    }
}
