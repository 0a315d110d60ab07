namespace HelpdeskDashboard.Platform.Scheduling;

/// <summary>The "Scheduling" section.</summary>
public sealed class JobSchedulingOptions
{
    public const string SectionName = "Scheduling";

    /// <summary>
    /// Whether this process runs the Quartz scheduler. Test hosts turn it off so that a hundred short-lived hosts do not each
    /// start a scheduler on their database. On PostgreSQL every app instance turns it on: the instances form a Quartz
    /// cluster, so each job runs once across them and a dead instance's job is recovered by another. On SQLite (one
    /// instance by design) the store cannot be clustered, so only one process may run it.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Quartz cron (seconds first) in the company time zone; default 00:00 on 1 Jan/Apr/Jul/Oct.</summary>
    public string TierRecalculationCron { get; set; } = QuarterlyCron;

    /// <summary>
    /// PostgreSQL (clustered) only: how often an instance records in QRTZ_SCHEDULER_STATE that it is alive. Shorter
    /// detects a dead instance sooner at the cost of one small write per interval.
    /// </summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// PostgreSQL (clustered) only: how long past a missed check-in the other instances wait before they take over a
    /// silent instance's jobs. Keep it above the longest pause an instance can have (GC, VM migration, failover), or a
    /// live instance's running job is recovered, and so run twice, while it still works.
    /// </summary>
    public TimeSpan ClusterCheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(20);

    public const string QuarterlyCron = "0 0 0 1 1,4,7,10 ?";
}
