using System.Globalization;
using HelpdeskDashboard.Features.Billing.Usage;
using HelpdeskDashboard.Platform.Text;
using nietras.SeparatedValues;

namespace HelpdeskDashboard.Features.Billing.Manager;

/// <summary>
/// The monthly statements as CSV, written by Sep (RFC 4180: comma, quotes only where a field needs them). Minutes are whole minutes, money
/// whole euro cents, so a spreadsheet sums without rounding. The columns are the lines of <see cref="StatementBreakdown"/>
/// (quantity, rate and amount of each), so the file explains each total as the portal does. Text that a spreadsheet would run as a formula gets a
/// leading apostrophe.
/// </summary>
public static class StatementCsv
{
    public static readonly string[] Columns =
    [
        "month", "customer_id", "customer", "tier", "tier_source",
        "included_minutes", "carried_over_minutes", "purchased_minutes", "allowance_minutes",
        "used_minutes", "remaining_minutes", "overage_minutes", "billed_overage_minutes", "overage_cents",
        "change_request_minutes", "billed_change_request_minutes", "change_request_cents",
        "new_project_requests", "project_fee_cents", "purchases_cents", "total_cents",
        // The rates the amounts were computed with, and the subscription that is billed separately (not in total_cents).
        "extra_hour_rate_cents", "change_rate_cents", "project_fee_each_cents",
        "subscription", "subscription_billing", "subscription_price_cents",
    ];

    public static string Write(IEnumerable<CustomerStatement> statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        using (var writer = Sep.New(',').Writer(o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture }).To(text))
        {
            writer.Header.Add(Columns);
            writer.Header.Write();
            foreach (var (customerId, name, u) in statements)
            {
                object[] values =
                [
                    u.Month.Label, customerId, Text(name), u.Tier.Tier.ToString(), u.TierSource.ToString(),
                    u.IncludedMinutes, u.CarriedOverMinutes, u.PurchasedMinutes, u.AllowanceMinutes,
                    u.UsedMinutes, u.RemainingMinutes, u.OverageMinutes, u.BilledOverageMinutes, u.OverageCost.Cents,
                    u.ChangeRequestMinutes, u.BilledChangeRequestMinutes, u.ChangeRequestCost.Cents,
                    u.NewProjectRequests, u.ProjectFees.Cents, u.Purchases.Cents, u.Total.Cents,
                    u.Tier.ExtraHourRate.Cents, u.Tier.ChangeRate.Cents, u.Tier.NewProjectFee.Cents,
                    u.Subscription?.Plan.Tier.ToString() ?? "", u.Subscription?.Billing.ToString() ?? "",
                    u.Subscription is { } paid ? paid.Price.Cents : "",
                ];
                using var row = writer.NewRow();
                for (var i = 0; i < Columns.Length; i++)
                {
                    row[Columns[i]].Set(Convert.ToString(values[i], CultureInfo.InvariantCulture));
                }
            }
        }

        return text.ToString();
    }

    public static string FileName(BillingMonth month) => $"statements-{month.Label}.csv";

    private static string Text(string value) => SpreadsheetCell.Text(value);
}
