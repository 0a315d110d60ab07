namespace HelpdeskDashboard.Platform.Scheduling;

/// <summary>The "Scheduling" section.</summary>
public sealed class JobSchedulingOptions
{
    public const string SectionName = "Scheduling";

    /// <summary>
    /// Whether this process runs the Quartz scheduler. Test hosts turn it off so that a hundred short-lived hosts do not each
    /// start a scheduler on their database; a deployment with several app processes would turn it on in one only.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Quartz cron (seconds first) in the company time zone; default 00:00 on 1 Jan/Apr/Jul/Oct.</summary>
    public string TierRecalculationCron { get; set; } = QuarterlyCron;

    public const string QuarterlyCron = "0 0 0 1 1,4,7,10 ?";
}
