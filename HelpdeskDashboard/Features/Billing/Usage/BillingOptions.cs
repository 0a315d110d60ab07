namespace HelpdeskDashboard.Features.Billing.Usage;

/// <summary>The "Billing" configuration section.</summary>
public sealed class BillingOptions
{
    public const string SectionName = "Billing";

    /// <summary>Billed time (overage, Basic hours, change requests) is rounded up per started increment of this many minutes.</summary>
    public int BillingIncrementMinutes { get; set; } = 15;

    /// <summary>"Expire" (default): unused hours lapse at month end. "NextMonth": they carry into the next month only.</summary>
    public string UnusedHours { get; set; } = UnusedHoursRule.Expire.ToString();

    /// <summary>The most extra hours one purchase may add.</summary>
    public int MaxHoursPerPurchase { get; set; } = 40;

    public UnusedHoursRule UnusedHoursRule =>
        Enum.TryParse<UnusedHoursRule>(UnusedHours, ignoreCase: true, out var rule) ? rule : UnusedHoursRule.Expire;
}

public enum UnusedHoursRule
{
    Expire,
    NextMonth,
}
