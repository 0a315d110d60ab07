using System.Globalization;
using System.Net;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Notifications.Email;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Billing.Usage;

/// <summary>
/// Writes the 75 % and 100 % mails into the outbox of the caller's context (so they commit with the change that caused
/// them). One mail per threshold, customer and month, keyed by <see cref="DeduplicationKey"/>; when one change crosses
/// both thresholds only the 100 % mail is written.
/// </summary>
public static class UsageAlertWriter
{
    public static readonly int[] Thresholds = [75, 100];

    public static string DeduplicationKey(int customerId, BillingMonth month, int threshold) =>
        string.Create(CultureInfo.InvariantCulture, $"usage-{threshold}:customer-{customerId}:{month.Label}");

    /// <returns>The threshold mailed, or null when nothing was due.</returns>
    public static async Task<int?> AddDueAlertAsync(
        HelpdeskDbContext db, OutboxWriter outbox, Customer customer, MonthlyUsage usage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(usage);
        if (usage.ReachedThreshold is not { } threshold)
        {
            return null;
        }

        // A 75 % mail after the 100 % one would only confuse.
        var keys = Thresholds.Where(t => t >= threshold).Select(t => DeduplicationKey(customer.Id, usage.Month, t)).ToList();
        if (await db.OutboxMessages.AnyAsync(m => keys.Contains(m.DeduplicationKey!), cancellationToken)
            || db.OutboxMessages.Local.Any(m => keys.Contains(m.DeduplicationKey!)))
        {
            return null;
        }

        var subject = threshold >= 100
            ? $"You have used all included support hours for {usage.Month.DisplayName}"
            : $"You have used {threshold} % of your included support hours for {usage.Month.DisplayName}";
        var text = $"{subject}.\n\nUsed: {UsageText.Duration(usage.UsedMinutes)} of {UsageText.Duration(usage.AllowanceMinutes)}. "
            + $"Further billable work this month is charged at {usage.Tier.ExtraHourRate} per hour. "
            + "You can buy extra hours on the customer portal's home page.";
        var html = "<p>" + WebUtility.HtmlEncode(text).Replace("\n\n", "</p><p>", StringComparison.Ordinal) + "</p>";
        var queued = await outbox.TryAddAsync(
            db, new NewOutboxMessage(customer.ContactEmail, subject, html, text, DeduplicationKey(customer.Id, usage.Month, threshold)), cancellationToken);
        if (!queued)
        {
            return null;
        }

        return threshold;
    }
}
