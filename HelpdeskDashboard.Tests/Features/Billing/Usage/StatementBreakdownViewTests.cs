using Bunit;
using HelpdeskDashboard.Features.Billing.Usage;
using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Tests.Infrastructure;

namespace HelpdeskDashboard.Tests.Features.Billing.Usage;

public sealed class StatementBreakdownViewTests : BunitTestBase
{
    private static readonly TierCatalog Catalog = TestTiers.Catalog();

    [Fact]
    public void The_issue_14_month_shows_its_change_request_time_and_amounts_that_add_up_to_the_total()
    {
        var usage = UsageCalculator.Compute(new MonthlyUsageInput
        {
            Month = new BillingMonth(2026, 11),
            Tier = Catalog.Get(Tier.Gold),
            SupportMinutes = 45,
            ChangeRequestMinutes = 371,
            Subscription = new PaidSubscription(Catalog.Get(Tier.Gold), SubscriptionBilling.Monthly),
        }, 15);

        var view = Context.Render<StatementBreakdownView>(p => p.Add(v => v.Breakdown, StatementBreakdown.For(usage)));

        var change = view.Find("tr[data-line='ChangeRequests']");
        Assert.Contains("6 h 15 min × €75.00 per hour", change.TextContent, StringComparison.Ordinal);
        Assert.Equal("€468.75", change.QuerySelector("[data-testid='line-amount']")!.TextContent.Trim());
        Assert.Contains("billed separately", view.Find("tr[data-line='Subscription']").TextContent, StringComparison.Ordinal);
        Assert.Equal("€468.75", view.Find("[data-testid='month-total']").TextContent.Trim());
        Assert.Equal(
            ["IncludedHours", "Overage", "ChangeRequests", "ProjectFees", "Purchases", "Subscription"],
            view.FindAll("tbody tr").Select(r => r.GetAttribute("data-line")));
    }
}
