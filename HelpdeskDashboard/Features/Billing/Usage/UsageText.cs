using System.Globalization;

namespace HelpdeskDashboard.Features.Billing.Usage;

/// <summary>How amounts of time read to people; kept out of components so the wording is testable.</summary>
public static class UsageText
{
    /// <summary>"1 h 30 min", "4 h", "45 min", "0 min".</summary>
    public static string Duration(int minutes)
    {
        var (hours, rest) = (Math.Abs(minutes) / 60, Math.Abs(minutes) % 60);
        var sign = minutes < 0 ? "-" : "";
        return (hours, rest) switch
        {
            (0, _) => string.Create(CultureInfo.InvariantCulture, $"{sign}{rest} min"),
            (_, 0) => string.Create(CultureInfo.InvariantCulture, $"{sign}{hours} h"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{sign}{hours} h {rest} min"),
        };
    }

    /// <summary>"2 h 30 min of 4 h left".</summary>
    public static string Remaining(MonthlyUsage usage)
    {
        ArgumentNullException.ThrowIfNull(usage);
        return $"{Duration(usage.RemainingMinutes)} of {Duration(usage.AllowanceMinutes)} left";
    }

    /// <summary>Hours with two decimals for charts and the CSV ("1.50").</summary>
    public static double Hours(int minutes) => Math.Round(minutes / 60.0, 2);

    public static string Source(TierSource source) => source switch
    {
        TierSource.QuarterlyDecision => "quarterly decision",
        TierSource.Subscription => "subscription",
        TierSource.CurrentTier => "current tier (no quarterly decision recorded)",
        TierSource.Basic => "Basic (no quarterly decision recorded)",
        _ => source.ToString(),
    };
}
