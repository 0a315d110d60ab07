using System.Globalization;
using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Platform;

namespace HelpdeskDashboard.Features.Billing.Usage;

/// <summary>What a breakdown line is, as a stable code for the CSV and for tests.</summary>
public enum BreakdownLineKind
{
    IncludedHours,
    Overage,
    ChangeRequests,
    ProjectFees,
    Purchases,
    Subscription,
}

/// <summary>What a line's quantity counts.</summary>
public enum BreakdownUnit
{
    None,
    Minutes,
    Count,
}

/// <summary>
/// One line of a month's statement: what, how much (<see cref="Quantity"/> in <see cref="Unit"/>), at which rate, and
/// the amount. Lines that cost nothing by design (included hours, a subscription billed by the shop) have amount zero.
/// </summary>
public sealed record BreakdownLine(
    BreakdownLineKind Kind,
    string Label,
    int Quantity,
    BreakdownUnit Unit,
    Money? UnitRate,
    Money Amount,
    string Detail)
{
    /// <summary>The subscription is on the statement to say where it is billed, not to be paid here.</summary>
    public bool BilledSeparately => Kind == BreakdownLineKind.Subscription;

    /// <summary>"45 min", "2 requests", or empty.</summary>
    public string QuantityText => Unit switch
    {
        BreakdownUnit.Minutes => UsageText.Duration(Quantity),
        BreakdownUnit.Count => Quantity == 1 ? "1 request" : string.Create(CultureInfo.InvariantCulture, $"{Quantity} requests"),
        _ => "",
    };

    /// <summary>"€75.00 per hour", "€200.00 each", "included", or empty when the line has no rate.</summary>
    public string RateText => UnitRate switch
    {
        null => "",
        { IsZero: true } => "included",
        { } rate when Unit == BreakdownUnit.Minutes => $"{rate} per hour",
        { } rate => $"{rate} each",
    };

    /// <summary>"€18.75", "included" for the included hours, "billed separately" for a subscription.</summary>
    public string AmountText => Kind switch
    {
        BreakdownLineKind.IncludedHours => "included",
        BreakdownLineKind.Subscription => "billed separately",
        _ => Amount.ToString(),
    };
}

/// <summary>
/// The one explanation of a month's total, shown the same way on the portal home, on the manager's statements and in
/// the CSV: the total is the sum of the lines' amounts, always (<see cref="For"/> builds it from
/// <see cref="MonthlyUsage"/>, whose arithmetic is <see cref="UsageCalculator"/>'s).
/// </summary>
public sealed record StatementBreakdown(BillingMonth Month, TierDefinition Tier, IReadOnlyList<BreakdownLine> Lines)
{
    public Money Total => Lines.Aggregate(Money.Zero, (sum, line) => sum + line.Amount);

    public BreakdownLine? Line(BreakdownLineKind kind) => Lines.FirstOrDefault(l => l.Kind == kind);

    /// <summary>
    /// The lines of <paramref name="usage"/>, in a fixed order. The four money lines are always there (a €0.00 line says
    /// "nothing of this kind" better than a missing one); included hours only when the month has an allowance; the
    /// subscription only when one was active in the month.
    /// </summary>
    public static StatementBreakdown For(MonthlyUsage usage)
    {
        ArgumentNullException.ThrowIfNull(usage);
        var tier = usage.Tier;
        var billingIncrementMinutes = usage.BillingIncrementMinutes;
        var lines = new List<BreakdownLine>(6);

        if (usage.AllowanceMinutes > 0)
        {
            lines.Add(new BreakdownLine(
                BreakdownLineKind.IncludedHours, $"Included support hours used ({tier.DisplayName})",
                Math.Min(usage.UsedMinutes, usage.AllowanceMinutes), BreakdownUnit.Minutes, null, Money.Zero,
                $"of {Allowance(usage)}; {UsageText.Duration(usage.RemainingMinutes)} left"));
        }

        lines.Add(new BreakdownLine(
            BreakdownLineKind.Overage,
            usage.AllowanceMinutes == 0 ? $"Billable support ({tier.DisplayName} includes no hours)" : "Support beyond the included hours",
            usage.BilledOverageMinutes, BreakdownUnit.Minutes, tier.ExtraHourRate, usage.OverageCost,
            Rounded(usage.OverageMinutes, usage.BilledOverageMinutes, billingIncrementMinutes,
                usage.AllowanceMinutes == 0 ? "logged" : "over the included hours")));

        lines.Add(new BreakdownLine(
            BreakdownLineKind.ChangeRequests, "Change-request work", usage.BilledChangeRequestMinutes, BreakdownUnit.Minutes,
            tier.ChangeRate, usage.ChangeRequestCost,
            Rounded(usage.ChangeRequestMinutes, usage.BilledChangeRequestMinutes, billingIncrementMinutes, "logged")
                + "; charged separately, does not use the included hours"));

        lines.Add(new BreakdownLine(
            BreakdownLineKind.ProjectFees, "New project requests", usage.NewProjectRequests, BreakdownUnit.Count,
            tier.NewProjectFee, usage.ProjectFees,
            tier.NewProjectFee.IsZero ? $"included in {tier.DisplayName}" : "a fee for each request opened this month"));

        lines.Add(new BreakdownLine(
            BreakdownLineKind.Purchases, "Extra hours bought", usage.PurchasedMinutes, BreakdownUnit.Minutes, null, usage.Purchases,
            usage.PurchasedMinutes == 0 ? "none this month" : "at the rate shown when buying; they add to this month's hours"));

        if (usage.Subscription is { } subscription)
        {
            var period = subscription.Billing == SubscriptionBilling.Yearly ? "year" : "month";
            var invoice = subscription.Billing == SubscriptionBilling.Yearly ? "yearly" : "monthly";
            lines.Add(new BreakdownLine(
                BreakdownLineKind.Subscription, $"{subscription.Plan.DisplayName} subscription", 0, BreakdownUnit.None, null, Money.Zero,
                $"{subscription.Price} a {period}, billed separately with your {invoice} subscription invoice; not part of this total"));
        }

        return new StatementBreakdown(usage.Month, tier, lines);
    }

    private static string Allowance(MonthlyUsage usage)
    {
        var text = $"{UsageText.Duration(usage.IncludedMinutes)} included";
        if (usage.PurchasedMinutes > 0)
        {
            text += $" + {UsageText.Duration(usage.PurchasedMinutes)} bought";
        }

        if (usage.CarriedOverMinutes > 0)
        {
            text += $" + {UsageText.Duration(usage.CarriedOverMinutes)} carried over";
        }

        return text;
    }

    private static string Rounded(int actual, int billed, int increment, string what) =>
        actual == billed
            ? $"{UsageText.Duration(actual)} {what}"
            : $"{UsageText.Duration(actual)} {what}, billed per started {increment} min";
}
