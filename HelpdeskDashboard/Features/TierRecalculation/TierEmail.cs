using System.Net;
using System.Text;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Platform;

namespace HelpdeskDashboard.Features.TierRecalculation;

/// <summary>The customer's tier notification: tier for the quarter, why, entitlements and what changed.</summary>
public sealed record TierEmail(string Subject, string HtmlBody, string TextBody)
{
    /// <summary>"tier:42:2026-Q3"; a recipient other than the contact gets ":user:{id}" so each person gets one mail.</summary>
    public static string DeduplicationKey(int customerId, CalendarQuarter quarter, int? customerUserId = null) =>
        customerUserId is { } userId ? $"tier:{customerId}:{quarter}:user:{userId}" : $"tier:{customerId}:{quarter}";

    public static TierEmail Compose(TierDecision decision, CalendarQuarter quarter, TierCatalog catalog, TierRule rule, int windowQuarters)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(rule);
        var tier = catalog.Get(decision.Tier);
        var previous = decision.PreviousTier is { } p ? catalog.Get(p) : null;

        var subject = $"Your support tier for {quarter}: {tier.DisplayName}";
        var why = Why(decision, quarter, rule, windowQuarters);
        var entitlements = new (string Label, string Value)[]
        {
            ("Response target", TierText.ResponseTarget(tier)),
            ("Included hours", TierText.IncludedHours(tier)),
            ("Extra hours", TierText.HourlyRate(tier.ExtraHourRate)),
            ("New project fee", TierText.Fee(tier.NewProjectFee)),
            ("Monthly price", TierText.Price(tier.MonthlyPrice)),
            ("Yearly price", TierText.Price(tier.YearlyPrice)),
        };
        var changes = Changes(decision, tier, previous);

        var text = new StringBuilder()
            .AppendLine($"Dear {decision.CompanyName},").AppendLine()
            .AppendLine($"From {quarter.FirstDay:yyyy-MM-dd} ({quarter}) your support tier is {tier.DisplayName}.")
            .AppendLine(why).AppendLine()
            .AppendLine("What your tier includes:");
        foreach (var (label, value) in entitlements)
        {
            text.AppendLine($"- {label}: {value}");
        }

        text.AppendLine().AppendLine("What changed since last quarter:");
        foreach (var change in changes)
        {
            text.AppendLine($"- {change}");
        }

        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html><body>")
            .Append($"<p>Dear {E(decision.CompanyName)},</p>")
            .Append($"<p>From {quarter.FirstDay:yyyy-MM-dd} ({quarter}) your support tier is <strong>{E(tier.DisplayName)}</strong>.</p>")
            .Append($"<p>{E(why)}</p>")
            .Append("<h2>What your tier includes</h2><table>");
        foreach (var (label, value) in entitlements)
        {
            html.Append($"<tr><th scope=\"row\" style=\"text-align:left\">{E(label)}</th><td>{E(value)}</td></tr>");
        }

        html.Append("</table><h2>What changed since last quarter</h2><ul>");
        foreach (var change in changes)
        {
            html.Append($"<li>{E(change)}</li>");
        }

        html.Append("</ul></body></html>");
        return new TierEmail(subject, html.ToString(), text.ToString());
    }

    private static string Why(TierDecision decision, CalendarQuarter quarter, TierRule rule, int windowQuarters)
    {
        var window = windowQuarters == 1
            ? $"in {quarter.Previous()}"
            : $"from {quarter.Offset(-windowQuarters)} to {quarter.Previous()}";
        var turnover = new Money(decision.TurnoverCents);
        return decision.Reason == TierAssignmentReason.Subscription
            ? $"Your paid subscription gives you this tier; your turnover {window} was {turnover}."
            : decision.Tier switch
            {
                Tier.Platinum => $"Your turnover {window} was {turnover}, at or above the Platinum threshold of {rule.PlatinumFrom}.",
                Tier.Gold => $"Your turnover {window} was {turnover}, at or above the Gold threshold of {rule.GoldFrom} (Platinum from {rule.PlatinumFrom}).",
                _ => $"Your turnover {window} was {turnover}, below the Gold threshold of {rule.GoldFrom}.",
            };
    }

    private static List<string> Changes(TierDecision decision, TierDefinition tier, TierDefinition? previous)
    {
        if (previous is null)
        {
            return ["This is your first tier assignment."];
        }

        if (previous.Tier == tier.Tier)
        {
            return [$"Nothing: you stay on {tier.DisplayName}."];
        }

        var direction = tier.Tier > previous.Tier ? "up" : "down";
        var list = new List<string> { $"Tier: {previous.DisplayName} → {tier.DisplayName} ({direction})" };
        AddIfDifferent(list, "Response target", TierText.ResponseTarget(previous), TierText.ResponseTarget(tier));
        AddIfDifferent(list, "Included hours", TierText.IncludedHours(previous), TierText.IncludedHours(tier));
        AddIfDifferent(list, "Extra hours", TierText.HourlyRate(previous.ExtraHourRate), TierText.HourlyRate(tier.ExtraHourRate));
        AddIfDifferent(list, "Monthly price", TierText.Price(previous.MonthlyPrice), TierText.Price(tier.MonthlyPrice));
        if (decision.PreviousTurnoverCents is { } before)
        {
            list.Add($"Turnover basis: {new Money(before)} → {new Money(decision.TurnoverCents)}");
        }

        return list;
    }

    private static void AddIfDifferent(List<string> list, string label, string before, string after)
    {
        if (before != after)
        {
            list.Add($"{label}: {before} → {after}");
        }
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
