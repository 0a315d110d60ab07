using HelpdeskDashboard.Platform;

namespace HelpdeskDashboard.Features.Billing.Usage;

/// <summary>
/// The month's arithmetic, pure. Rules: allowance = included hours of the month's tier + carried-over + purchased
/// minutes; billable support time uses it up and what exceeds it is overage; change-request time is always charged
/// at the change rate; non-billable time counts for nothing. Rounding: the month's overage and the month's
/// change-request time are each rounded up to the started billing increment (default 15 min), then priced at the
/// hourly rate and rounded up to the whole cent. Basic has no included hours, so all its billable time is overage.
/// </summary>
public static class UsageCalculator
{
    public static MonthlyUsage Compute(MonthlyUsageInput input, int billingIncrementMinutes)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentOutOfRangeException.ThrowIfLessThan(billingIncrementMinutes, 1);

        var included = input.Tier.IncludedHoursPerMonth * 60;
        var allowance = included + input.CarriedOverMinutes + input.PurchasedMinutes;
        var used = input.SupportMinutes;
        var overage = Math.Max(0, used - allowance);
        var billedOverage = RoundUp(overage, billingIncrementMinutes);
        var billedChange = RoundUp(input.ChangeRequestMinutes, billingIncrementMinutes);

        return new MonthlyUsage
        {
            Month = input.Month,
            Tier = input.Tier,
            TierSource = input.TierSource,
            IncludedMinutes = included,
            CarriedOverMinutes = input.CarriedOverMinutes,
            PurchasedMinutes = input.PurchasedMinutes,
            AllowanceMinutes = allowance,
            UsedMinutes = used,
            NonBillableMinutes = input.NonBillableMinutes,
            RemainingMinutes = Math.Max(0, allowance - used),
            OverageMinutes = overage,
            BilledOverageMinutes = billedOverage,
            OverageCost = Price(billedOverage, input.Tier.ExtraHourRate),
            ChangeRequestMinutes = input.ChangeRequestMinutes,
            BilledChangeRequestMinutes = billedChange,
            ChangeRequestCost = Price(billedChange, input.Tier.ChangeRate),
            NewProjectRequests = input.NewProjectRequests,
            ProjectFees = input.Tier.NewProjectFee * input.NewProjectRequests,
            Purchases = new Money(input.PurchasesCents),
            Subscription = input.Subscription,
            BillingIncrementMinutes = billingIncrementMinutes,
        };
    }

    /// <summary>Rounds up to the next multiple of <paramref name="increment"/>: 1 → 15, 15 → 15, 16 → 30.</summary>
    public static int RoundUp(int minutes, int increment) =>
        minutes <= 0 ? 0 : checked((minutes + increment - 1) / increment * increment);

    /// <summary>Minutes at an hourly rate, rounded up to the whole cent (the customer never pays a fraction).</summary>
    public static Money Price(int minutes, Money hourlyRate)
    {
        var numerator = checked(minutes * hourlyRate.Cents);
        return new Money((numerator + 59) / 60);
    }

    /// <summary>What the carry-over rule moves into the next month: the unused allowance, never more than one month's.</summary>
    public static int UnusedForNextMonth(MonthlyUsage previous, UnusedHoursRule rule)
    {
        ArgumentNullException.ThrowIfNull(previous);
        return rule == UnusedHoursRule.NextMonth ? previous.RemainingMinutes : 0;
    }
}
